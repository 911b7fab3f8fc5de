package org.fazhi.organization;

import org.springframework.data.repository.ListCrudRepository;

interface RoleRepository extends ListCrudRepository<Role, String> {

	boolean existsByName(String name);
}
