package org.fazhi.assessment;

import java.util.List;

/**
 * A business module's indicators (docs/indicators.md), computed for an organization with its subtree and a year from the
 * module's own records. Every value links to the list of records behind it.
 */
public interface IndicatorProvider {

	List<IndicatorValue> indicators(IndicatorQuery query);
}
