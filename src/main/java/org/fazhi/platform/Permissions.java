package org.fazhi.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every permission the modules declare, by code. */
@Component
public class Permissions {

	private final Map<String, Permission> byCode = new LinkedHashMap<>();

	Permissions(List<PermissionSet> sets) {
		for (PermissionSet set : sets) {
			for (Permission p : set.permissions()) {
				Permission clash = byCode.putIfAbsent(p.name(), p);
				if (clash != null && clash != p) {
					throw new IllegalStateException("two modules declare the permission " + p.name());
				}
			}
		}
	}

	/** The permission of a stored or requested code, if some module declares it. */
	public Optional<Permission> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** @throws InvalidInput on the field when no module declares the code */
	public Permission require(String code, String field) {
		return find(code).orElseThrow(() -> InvalidInput.onField(field, "permission.unknown", code));
	}

	/** All permissions, module by module in the modules' order. */
	public List<Permission> all() {
		return List.copyOf(byCode.values());
	}
}
