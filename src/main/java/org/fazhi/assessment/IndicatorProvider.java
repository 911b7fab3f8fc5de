package org.fazhi.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A business module's indicators (docs/indicators.md), computed for an organization with its subtree and a year from the
 * module's own records. Every value links to the list of records behind it.
 */
public interface IndicatorProvider {

	List<IndicatorValue> indicators(IndicatorQuery query);

	/**
	 * The records behind one of this module's indicators: every record of its denominator (of a count: every record
	 * counted), each marked whether it is in the numerator — exactly the records the figure counts. Empty when the
	 * code is not this module's.
	 */
	Optional<List<IndicatorRecord>> records(String code, IndicatorQuery query);
}
