package org.fazhi.platform.web;

import org.fazhi.platform.Texts;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The character rule of every field ({@link Texts#checkCharacters}) for JSON bodies too: a string holding NUL, a C0
 * control, an unpaired surrogate or a bidi override makes the body unreadable (400), before anything is bound.
 */
@Component
class JsonStrings extends SimpleModule {

	JsonStrings() {
		super("fazhi-json-strings");
		addDeserializer(String.class, new Checked());
	}

	private static final class Checked extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			String value = super.deserialize(p, ctxt);
			if (value != null && !Texts.acceptable(value)) {
				return ctxt.reportInputMismatch(String.class, "bad characters");
			}
			return value;
		}
	}
}
