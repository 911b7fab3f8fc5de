/** 附件 — evidence files with checksums, type and size checks, stored behind {@link org.fazhi.attachment.Storage}. */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "audit" })
package org.fazhi.attachment;

import org.springframework.modulith.ApplicationModule;
