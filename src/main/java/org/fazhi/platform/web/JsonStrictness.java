package org.fazhi.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON body binds strictly, as a form does: an enum is named, never given by its position ({@code "kind": 1}); a
 * whole number is whole ({@code "validityYears": 1.5} is refused, not cut to 1); a number or a boolean is not written
 * as text. What does not bind is a 400 with the field named, and nothing is stored.
 */
@Component
class JsonStrictness implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
	}
}
