package org.fazhi.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.OrgDataProbe;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.Texts;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization tree: create, rename, move, deactivate, delete — each change audited. */
@Service
@Transactional
public class OrganizationService {

	private final OrganizationRepository orgs;

	private final OrganizationDirectory directory;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final List<OrgDataProbe> probes;

	OrganizationService(OrganizationRepository orgs, OrganizationDirectory directory, JdbcClient jdbc, AuditLog audit,
			Clock clock, List<OrgDataProbe> probes) {
		this.orgs = orgs;
		this.directory = directory;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.probes = probes;
	}

	public record CreateOrg(UUID parentId, String code, String name, String shortName, OrgKind kind, int sortOrder) {
	}

	@Transactional(readOnly = true)
	public OrgView get(UUID id) {
		return load(id).view();
	}

	@Transactional(readOnly = true)
	public Optional<OrgView> findByCode(String code) {
		return orgs.findByCode(code).map(Organization::view);
	}

	/** The whole tree in display order, with the number of accounts in each organization. */
	@Transactional(readOnly = true)
	public List<OrgNode> tree() {
		Map<UUID, Organization> byId = orgs.findAll().stream().collect(Collectors.toMap(Organization::id, o -> o));
		Map<UUID, Long> users = jdbc.sql("select org_id, count(*) as n from organization_user group by org_id")
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		directory.invalidate();
		List<OrgNode> nodes = new ArrayList<>();
		for (UUID id : directory.treeOrder()) {
			Organization org = byId.get(id);
			if (org != null) {
				nodes.add(new OrgNode(org.view(), directory.depth(id), users.getOrDefault(id, 0L)));
			}
		}
		return nodes;
	}

	/** Active organizations in tree order, for choosing one in a form. */
	@Transactional(readOnly = true)
	public List<OrgNode> activeTree() {
		return tree().stream().filter(n -> n.org().active()).toList();
	}

	/** The unit (厅、局、政府) an organization belongs to. */
	@Transactional(readOnly = true)
	public OrgView unitOf(UUID orgId) {
		return get(directory.unitOf(orgId));
	}

	@Transactional(readOnly = true)
	public Set<UUID> subtree(UUID orgId) {
		return directory.subtree(orgId);
	}

	public UUID create(CreateOrg cmd) {
		if (orgs.existsByCode(cmd.code())) {
			throw InvalidInput.onField("code", "org.code.duplicate", cmd.code());
		}
		if (cmd.parentId() == null && cmd.kind() == OrgKind.DIVISION) {
			throw InvalidInput.onField("parentId", "org.division.needs-parent");
		}
		if (cmd.parentId() != null) {
			Organization parent = orgs.findById(cmd.parentId())
				.orElseThrow(() -> InvalidInput.onField("parentId", "org.parent.missing"));
			if (!parent.active()) {
				throw InvalidInput.onField("parentId", "org.parent.inactive", parent.name());
			}
		}
		checkSiblingName(cmd.parentId(), cmd.name(), null);
		Organization org = new Organization(Ids.newId(), cmd.parentId(), cmd.code().trim(), cmd.name().trim(),
				Texts.blankToNull(cmd.shortName()), cmd.kind(), cmd.sortOrder(), clock.instant());
		orgs.save(org);
		directory.invalidate();
		audit.append(AuditRecord.of(org.id(), "ORG_CREATED", "organization", org.id())
			.summary(org.name())
			.after(org.view()));
		return org.id();
	}

	/** Renames the organization and, if the parent changed, moves it (with everything below it). */
	public void update(UUID id, String name, String shortName, int sortOrder, UUID parentId) {
		Organization org = load(id);
		OrgView before = org.view();
		boolean moving = parentId != null && !parentId.equals(org.parentId());
		if (moving) {
			if (directory.subtree(id).contains(parentId)) {
				throw RuleViolation.onField("parentId", "org.move.into-own-subtree");
			}
			Organization parent = orgs.findById(parentId)
				.orElseThrow(() -> InvalidInput.onField("parentId", "org.parent.missing"));
			if (!parent.active()) {
				throw InvalidInput.onField("parentId", "org.parent.inactive", parent.name());
			}
		}
		UUID newParent = moving ? parentId : org.parentId();
		checkSiblingName(newParent, name, id);
		org.rename(name.trim(), Texts.blankToNull(shortName), sortOrder);
		if (moving) {
			org.moveUnder(parentId);
		}
		orgs.save(org);
		directory.invalidate();
		audit.append(AuditRecord.of(id, moving ? "ORG_MOVED" : "ORG_UPDATED", "organization", id)
			.summary(org.name())
			.before(before)
			.after(org.view()));
	}

	public void deactivate(UUID id) {
		Organization org = load(id);
		long activeChildren = orgs.findByParentId(id).stream().filter(Organization::active).count();
		if (activeChildren > 0) {
			throw RuleViolation.of("org.deactivate.has-active-children", org.name(), activeChildren);
		}
		long activeUsers = jdbc.sql("select count(*) from organization_user where org_id = :id and status = 'ACTIVE'")
			.param("id", id)
			.query(Long.class)
			.single();
		if (activeUsers > 0) {
			throw RuleViolation.of("org.deactivate.has-active-users", org.name(), activeUsers);
		}
		OrgView before = org.view();
		org.deactivate();
		orgs.save(org);
		directory.invalidate();
		audit.append(AuditRecord.of(id, "ORG_DEACTIVATED", "organization", id)
			.summary(org.name())
			.before(before)
			.after(org.view()));
	}

	public void activate(UUID id) {
		Organization org = load(id);
		if (org.parentId() != null && !load(org.parentId()).active()) {
			throw RuleViolation.of("org.activate.parent-inactive", org.name());
		}
		OrgView before = org.view();
		org.activate();
		orgs.save(org);
		directory.invalidate();
		audit.append(AuditRecord.of(id, "ORG_ACTIVATED", "organization", id)
			.summary(org.name())
			.before(before)
			.after(org.view()));
	}

	/** Deletes an organization that holds nothing: no sub-organizations, no accounts, no records of any module. */
	public void delete(UUID id) {
		Organization org = load(id);
		long children = orgs.findByParentId(id).size();
		if (children > 0) {
			throw RuleViolation.of("org.delete.has-children", org.name(), children);
		}
		long users = jdbc.sql("select count(*) from organization_user where org_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		if (users > 0) {
			throw RuleViolation.of("org.delete.has-users", org.name(), users);
		}
		List<Object> holdings = new ArrayList<>();
		for (OrgDataProbe probe : probes) {
			long count = probe.countFor(id);
			if (count > 0) {
				holdings.add(new DefaultMessageSourceResolvable(new String[] { "org.delete.holding" },
						new Object[] { count, new DefaultMessageSourceResolvable(probe.labelKey()) }));
			}
		}
		if (!holdings.isEmpty()) {
			throw RuleViolation.of("org.delete.has-data", org.name(), holdings.get(0));
		}
		OrgView before = org.view();
		orgs.delete(org);
		directory.invalidate();
		audit.append(AuditRecord.of(id, "ORG_DELETED", "organization", id).summary(org.name()).before(before));
	}

	private void checkSiblingName(UUID parentId, String name, UUID self) {
		List<Organization> siblings = parentId == null
				? orgs.findAll().stream().filter(o -> o.parentId() == null).toList() : orgs.findByParentId(parentId);
		boolean taken = siblings.stream().anyMatch(o -> !o.id().equals(self) && o.name().equals(name.trim()));
		if (taken) {
			throw InvalidInput.onField("name", "org.name.duplicate-sibling", name.trim());
		}
	}

	private Organization load(UUID id) {
		return orgs.findById(id).orElseThrow(() -> NotFoundException.of("organization", id));
	}

}
