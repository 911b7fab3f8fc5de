package org.fazhi.organization;

/** An organization in tree order with its depth, for indented lists and selects. */
public record OrgNode(OrgView org, int depth, long users) {
}
