package org.fazhi.dashboard;

import org.fazhi.platform.CurrentUser;
import org.fazhi.platform.DataScope;
import org.fazhi.platform.Permission;

/**
 * Whose tasks are asked for.
 * @param user the signed-in user: his permissions decide which kinds of task are his
 * @param scope the records his data scope covers
 */
public record TaskQuery(CurrentUser user, DataScope scope) {

	public boolean can(Permission permission) {
		return user.can(permission);
	}
}
