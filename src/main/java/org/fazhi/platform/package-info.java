/**
 * 平台公共内核 — what every module shares: identifiers, typed errors, the signed-in user and his data scope,
 * paging, Excel export, navigation and the page layout support. Depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.fazhi.platform;

import org.springframework.modulith.ApplicationModule;
