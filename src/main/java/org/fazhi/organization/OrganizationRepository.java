package org.fazhi.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

	Optional<Organization> findByCode(String code);

	List<Organization> findByParentId(UUID parentId);

	boolean existsByCode(String code);
}
