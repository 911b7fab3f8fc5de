package org.fazhi.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fazhi.audit.AuditEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an audited change changed, field by field, in words: the state before and after, compared; each field under
 * its Chinese name, a status or kind under its label, yes and no as 是 and 否.
 */
@Component
class AuditDifferences {

	/** A changed field: its name and its values before and after, as the auditor reads them. */
	record Change(String field, String before, String after) {
	}

	/** Where the labels of an entity's status and kind values are. */
	private static final Map<String, String> STATUS_LABELS = Map.of("normative_document", "normative.status.",
			"review_request", "review.status.", "decision", "decision.status.", "consultation", "consultation.status.",
			"normative_filing", "filing.status.", "deadline_clock", "clock.status.", "decision_catalog",
			"decision.catalog.status.");

	private final JsonMapper json;

	private final MessageSource messages;

	AuditDifferences(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	List<Change> of(AuditEntry entry) {
		Map<String, JsonNode> before = fields(entry.beforeState());
		Map<String, JsonNode> after = fields(entry.afterState());
		Set<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String name : names) {
			JsonNode b = before.get(name);
			JsonNode a = after.get(name);
			if (!Objects.equals(b, a)) {
				changes.add(new Change(text("audit.field." + name, name), value(entry.entityType(), name, b),
						value(entry.entityType(), name, a)));
			}
		}
		return changes;
	}

	private Map<String, JsonNode> fields(String state) {
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		if (state == null || state.isBlank()) {
			return fields;
		}
		try {
			JsonNode node = json.readTree(state);
			if (node.isObject()) {
				node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
			}
			else {
				fields.put("value", node);
			}
		}
		catch (RuntimeException notJson) {
			fields.put("value", json.getNodeFactory().textNode(state));
		}
		return fields;
	}

	private String value(String entityType, String field, JsonNode node) {
		if (node == null || node.isNull()) {
			return "—";
		}
		if (node.isBoolean()) {
			return text(node.booleanValue() ? "audit.value.yes" : "audit.value.no", "");
		}
		if (node.isValueNode()) {
			String v = node.asString();
			if (field.equals("status") && STATUS_LABELS.containsKey(entityType)) {
				return text(STATUS_LABELS.get(entityType) + v, v);
			}
			if (field.equals("kind") && entityType.equals("normative_document")) {
				return text("normative.kind." + v, v);
			}
			return v;
		}
		return node.toString();
	}

	private String text(String code, String fallback) {
		return messages.getMessage(code, null, fallback, Locale.SIMPLIFIED_CHINESE);
	}
}
