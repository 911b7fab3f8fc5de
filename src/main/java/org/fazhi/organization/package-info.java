/**
 * 组织/用户/角色 — the organization tree, user accounts, roles with their permissions and data scope, sign-in and
 * the separation of the three administrators (三员分立).
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "audit" })
package org.fazhi.organization;

import org.springframework.modulith.ApplicationModule;
