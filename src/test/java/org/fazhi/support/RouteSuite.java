package org.fazhi.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Base of the suites generated from the routing table: the whole application on a database of its own (their
 * requests change data the shared suite reads), every route of every controller, and a real record for each path
 * variable, so that a new route is covered without a new test.
 */
@SpringBootTest(properties = "fazhi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@ExtendWith(DatabaseAvailable.class)
public abstract class RouteSuite {

	/** One route: an HTTP method and a path pattern, with its handler. */
	public record Route(RequestMethod method, String pattern, HandlerMethod handler) {

		public boolean json() {
			return handler.getBeanType().isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class)
					|| handler.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class);
		}

		public String key() {
			return method + " " + pattern;
		}
	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	@Autowired
	private UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private org.fazhi.organization.OrganizationService orgs;

	@Autowired
	private org.fazhi.organization.UserService accounts;

	@Autowired
	private org.fazhi.organization.RoleService roles;

	@Autowired
	private org.fazhi.notification.NotificationService notifications;

	/**
	 * The records the administrators' routes act on: an organization, an account and a role of the suite's own, so
	 * that disabling, deleting or changing them spares the accounts the suite signs in with.
	 */
	@org.junit.jupiter.api.BeforeEach
	void ownRecords() {
		if (accounts.findByUsername("route-user").isEmpty()) {
			UUID[] unit = org.fazhi.organization.TestAccounts.unitWithDivision(orgs, "route-unit", "路由测试局");
			org.fazhi.organization.TestAccounts.account(accounts, "route-user", "路由测试人", unit[1],
					org.fazhi.organization.TestAccounts.STAFF);
			OTHER_DIVISION.forEach((role, username) -> org.fazhi.organization.TestAccounts.account(accounts, username,
					"他处" + role, unit[1], role));
		}
		// a notice of the officer's own for the inbox routes (the demonstration's present gives him none)
		org.fazhi.organization.UserView officer = accounts.findByUsername("officer").orElseThrow();
		notifications.send(new org.fazhi.notification.Notice(officer.id(), officer.orgId(), "路由测试通知", "用于路由测试。",
				"/", "route-suite:officer"));
		// the suites delete these as they walk the routes: each test class finds them again
		if (orgs.findByCode("route-org").isEmpty()) {
			orgs.create(new org.fazhi.organization.OrganizationService.CreateOrg(
					orgs.findByCode("route-unit").orElseThrow().id(), "route-org", "路由测试处", null,
					org.fazhi.organization.OrgKind.DIVISION, 5));
		}
		if (roles.list().stream().noneMatch(r -> r.code().equals("ROUTE_ROLE"))) {
			roles.create(new org.fazhi.organization.RoleService.RoleCommand("ROUTE_ROLE", "路由测试角色", null,
					org.fazhi.platform.ScopeKind.SELF, Set.of("CLOCK_VIEW")));
		}
	}

	/** One account per business role in a division of another unit, which holds none of the records the routes use. */
	protected static final Map<String, String> OTHER_DIVISION = Map.of("STAFF", "x-staff", "LEGAL_REVIEWER",
			"x-reviewer", "LEADER", "x-leader", "OFFICER", "x-officer", "FILING_REVIEWER", "x-filing");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry, "fazhi-routes", true);
	}

	protected RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

	protected static RequestPostProcessor csrf() {
		return SecurityMockMvcRequestPostProcessors.csrf();
	}

	/** Every route of the application's own controllers, in a stable order. */
	protected List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (!e.getValue().getBeanType().getPackageName().startsWith("org.fazhi")) {
				continue;
			}
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			for (String pattern : e.getKey().getPatternValues()) {
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(m, pattern, e.getValue()));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
		return routes;
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

	/** The segment before a variable names the table its record comes from. */
	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("catalogs", "select id from decision_catalog");
		TABLES.put("experts", "select id from decision_expert_opinion");
		TABLES.put("evaluations", "select id from decision_evaluation");
		TABLES.put("decisions", "select id from decision");
		TABLES.put("normative", "select id from normative_document");
		TABLES.put("documents", "select id from normative_document");
		TABLES.put("filings", "select id from normative_filing");
		TABLES.put("cleanups", "select id from normative_cleanup");
		TABLES.put("items", "select id from normative_cleanup_item");
		TABLES.put("reviews", "select id from review_request");
		TABLES.put("review", "select id from review_request");
		TABLES.put("problems", "select id from review_problem");
		TABLES.put("consultations", "select id from consultation");
		TABLES.put("comments", "select id from consultation_comment");
		TABLES.put("clocks", "select id from deadline_clock");
		TABLES.put("users", "select id from organization_user where username = 'route-user'");
		TABLES.put("orgs", "select id from organization_org where code = 'route-org'");
		TABLES.put("roles", "select code from organization_role where code = 'ROUTE_ROLE'");
		TABLES.put("rules", "select rule_code from deadline_rule_version where rule_code = 'ND_PUBLICATION'");
		TABLES.put("versions", "select cast(in_force_from as varchar(10)) from deadline_rule_version where rule_code = 'ND_PUBLICATION'");
		TABLES.put("attachments", "select id from attachment_file");
		TABLES.put("files", "select id from attachment_file");
		TABLES.put("notifications", "select id from notification_message where recipient_id = "
				+ "(select id from organization_user where username = 'officer') order by created_at, title");
		TABLES.put("entries", "select id from audit_entry");
		// the officer's own division's records (the demonstration's 高新技术发展及产业化处)
		TABLES.put("cases", "select c.id from enforcement_case c join organization_org o on o.id = c.org_id "
				+ "where o.code = 'kjt-gxc' order by c.registered_on, c.id");
		TABLES.put("officers", "select f.id from enforcement_officer f join organization_org o on o.id = f.org_id "
				+ "where o.code = 'kjt-gxc' order by f.certificate_no");
		TABLES.put("bodies", "select b.id from enforcement_body b join organization_org o on o.id = b.org_id "
				+ "where o.code = 'nmg-kjt' order by b.created_at");
		TABLES.put("powers", "select p.id from enforcement_power p join organization_org o on o.id = p.org_id "
				+ "where o.code = 'nmg-kjt' order by p.code");
		TABLES.put("publications", "select p.id from enforcement_publication p join organization_org o on o.id = p.org_id "
				+ "where o.code = 'kjt-gxc' and p.published_on is not null order by p.decided_on, p.id");
	}

	/** The route's path with a real record (or a plausible value) for each variable. */
	protected String concrete(String pattern) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String before = pattern.substring(0, m.start());
			String[] segments = before.split("/");
			String previous = segments.length == 0 ? "" : segments[segments.length - 1];
			// the portal's enforcement decisions are publication records, not major administrative decisions
			String table = before.endsWith("/enforcement/decisions/") ? "publications" : previous;
			m.appendReplacement(out, Matcher.quoteReplacement(valueFor(m.group(1), table)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String valueFor(String variable, String previous) {
		if (variable.equals("receipt")) {
			return jdbc.sql("select receipt from consultation_comment fetch first 1 rows only").query(String.class)
				.optional().orElse("AAAA-BBBB-CCCC");
		}
		if (variable.equals("date") || variable.equals("from")) {
			return "2026-06-15";
		}
		if (variable.equals("year")) {
			return "2026";
		}
		if (variable.equals("month")) {
			return "2026-06";
		}
		if (previous.equals("officers") && variable.equals("code")) {
			return jdbc.sql("select verify_code from enforcement_officer order by certificate_no fetch first 1 rows only")
				.query(String.class).single();
		}
		if (previous.equals("indicators")) {
			return "ND-FILE";
		}
		String query = TABLES.get(previous);
		if (query == null && variable.equals("code")) {
			query = TABLES.get("rules");
		}
		if (query != null) {
			Optional<Object> found = jdbc.sql(query + " fetch first 1 rows only").query().singleColumn().stream()
				.findFirst();
			if (found.isPresent()) {
				return found.get().toString();
			}
		}
		return UUID.randomUUID().toString();
	}
}
