package org.fazhi.organization;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A node of the organization tree. */
@Table("organization_org")
class Organization {

	@Id
	private UUID id;

	private UUID parentId;

	private String code;

	private String name;

	private String shortName;

	private OrgKind kind;

	private int sortOrder;

	private boolean active;

	private Instant createdAt;

	@Version
	private Long version;

	Organization() {
	}

	Organization(UUID id, UUID parentId, String code, String name, String shortName, OrgKind kind, int sortOrder,
			Instant createdAt) {
		this.id = id;
		this.parentId = parentId;
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.sortOrder = sortOrder;
		this.active = true;
		this.createdAt = createdAt;
	}

	void rename(String name, String shortName, int sortOrder) {
		this.name = name;
		this.shortName = shortName;
		this.sortOrder = sortOrder;
	}

	void moveUnder(UUID parentId) {
		this.parentId = parentId;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	OrgView view() {
		return new OrgView(id, parentId, code, name, shortName, kind, sortOrder, active);
	}

	UUID id() {
		return id;
	}

	UUID parentId() {
		return parentId;
	}

	String name() {
		return name;
	}

	boolean active() {
		return active;
	}
}
