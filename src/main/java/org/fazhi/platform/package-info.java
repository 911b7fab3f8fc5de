/**
 * 平台公共内核 — what every module shares: identifiers, typed errors, the signed-in user and his data scope,
 * permissions as an SPI, paging, Excel export, 文号 allocation and the demo-data runner. Depends on no other module.
 * A closed module: its root package is its API, with the named interfaces {@code web} (page support) and
 * {@code docs} (公文 documents and packages).
 */
@ApplicationModule
package org.fazhi.platform;

import org.springframework.modulith.ApplicationModule;
