package org.fazhi.organization;

/** Whether an account may sign in. */
public enum UserStatus {

	/** 在用 */
	ACTIVE,
	/** 停用: cannot sign in; its records stay */
	DISABLED;

	public String messageKey() {
		return "user.status." + name();
	}
}
