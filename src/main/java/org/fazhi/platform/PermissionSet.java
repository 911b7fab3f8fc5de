package org.fazhi.platform;

import java.util.List;

/** A module's permissions, registered as a bean: the platform knows every permission only through these. */
public interface PermissionSet {

	List<? extends Permission> permissions();
}
