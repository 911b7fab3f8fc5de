/**
 * 考评/年度报告 — assessment indicators computed from the records themselves: the {@link IndicatorProvider} SPI
 * that business modules implement, the indicator API and page. Depends on no business module.
 */
@ApplicationModule(allowedDependencies = { "platform", "platform :: web", "platform :: docs", "organization" })
package org.fazhi.assessment;

import org.springframework.modulith.ApplicationModule;
