package org.fazhi.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.fazhi.platform.OrgHierarchy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organization tree held in memory for data-scope checks on every request. Reloaded after every change made on
 * this node and, for changes made on other nodes, when the snapshot is older than a few seconds.
 */
@Component
class OrganizationDirectory implements OrgHierarchy {

	private static final long MAX_AGE_NANOS = 5_000_000_000L;

	private final JdbcClient jdbc;

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

	OrganizationDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void invalidate() {
		snapshot.set(null);
	}

	@Override
	public Set<UUID> subtree(UUID orgId) {
		Snapshot s = current();
		Set<UUID> result = new HashSet<>();
		List<UUID> pending = new ArrayList<>(List.of(orgId));
		while (!pending.isEmpty()) {
			UUID next = pending.remove(pending.size() - 1);
			if (s.byId.containsKey(next) && result.add(next)) {
				pending.addAll(s.children.getOrDefault(next, List.of()));
			}
		}
		return result;
	}

	@Override
	public Set<UUID> all() {
		return Set.copyOf(current().byId.keySet());
	}

	@Override
	public UUID unitOf(UUID orgId) {
		Snapshot s = current();
		UUID cursor = orgId;
		for (int guard = 0; cursor != null && guard < 64; guard++) {
			Node node = s.byId.get(cursor);
			if (node == null) {
				return orgId;
			}
			if (node.kind.isUnit()) {
				return cursor;
			}
			cursor = node.parentId;
		}
		return orgId;
	}

	@Override
	public Optional<String> name(UUID orgId) {
		return Optional.ofNullable(current().byId.get(orgId)).map(Node::name);
	}

	/** Ancestors from the root down to (and including) the organization. */
	List<UUID> path(UUID orgId) {
		Snapshot s = current();
		List<UUID> path = new ArrayList<>();
		UUID cursor = orgId;
		for (int guard = 0; cursor != null && guard < 64; guard++) {
			path.add(0, cursor);
			Node node = s.byId.get(cursor);
			cursor = node == null ? null : node.parentId;
		}
		return path;
	}

	/** Depth-first order, siblings by sort order then name. */
	List<UUID> treeOrder() {
		Snapshot s = current();
		List<UUID> order = new ArrayList<>();
		s.roots.forEach(root -> visit(s, root, order));
		return order;
	}

	int depth(UUID orgId) {
		return path(orgId).size() - 1;
	}

	private void visit(Snapshot s, UUID id, List<UUID> order) {
		order.add(id);
		s.children.getOrDefault(id, List.of()).forEach(child -> visit(s, child, order));
	}

	private Snapshot current() {
		Snapshot s = snapshot.get();
		if (s == null || System.nanoTime() - s.loadedAt > MAX_AGE_NANOS) {
			s = load();
			snapshot.set(s);
		}
		return s;
	}

	private Snapshot load() {
		List<Node> nodes = jdbc.sql("select id, parent_id, name, kind, sort_order from organization_org")
			.query((rs, n) -> new Node(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
					rs.getString("name"), OrgKind.valueOf(rs.getString("kind")), rs.getInt("sort_order")))
			.list();
		Map<UUID, Node> byId = new HashMap<>();
		nodes.forEach(n -> byId.put(n.id, n));
		Comparator<Node> siblings = Comparator.comparingInt(Node::sortOrder).thenComparing(Node::name);
		Map<UUID, List<UUID>> children = new HashMap<>();
		List<UUID> roots = new ArrayList<>();
		nodes.stream().sorted(siblings).forEach(n -> {
			if (n.parentId == null || !byId.containsKey(n.parentId)) {
				roots.add(n.id);
			}
			else {
				children.computeIfAbsent(n.parentId, p -> new ArrayList<>()).add(n.id);
			}
		});
		return new Snapshot(byId, children, roots, System.nanoTime());
	}

	private record Node(UUID id, UUID parentId, String name, OrgKind kind, int sortOrder) {
	}

	private record Snapshot(Map<UUID, Node> byId, Map<UUID, List<UUID>> children, List<UUID> roots, long loadedAt) {
	}
}
