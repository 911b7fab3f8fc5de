/** 门户 — the public site (政务公开, no sign-in): read-only views of what the modules publish. */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "normative", "consultation", "decision", "enforcement", "attachment" })
package org.fazhi.portal;

import org.springframework.modulith.ApplicationModule;
