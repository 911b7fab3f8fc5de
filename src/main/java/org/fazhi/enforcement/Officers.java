package org.fazhi.enforcement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.fazhi.audit.AuditLog;
import org.fazhi.audit.AuditRecord;
import org.fazhi.deadline.Clocks;
import org.fazhi.deadline.Clocks.StartClock;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.UserService;
import org.fazhi.platform.FazhiException;
import org.fazhi.platform.Ids;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFoundException;
import org.fazhi.platform.RuleViolation;
import org.fazhi.platform.StaleWrite;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers and their certificates: issue, renewal, 审核注册, suspension and revocation, each with its clock; the
 * import of an existing register (all or nothing); the 法律职业资格 of the reviewers of major decisions.
 */
@Service
@Transactional
public class Officers {

	static final String QUALIFICATION = "enforcement_legal_qualification";

	/** Letters and digits that cannot be mistaken for one another when typed from a card. */
	private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OfficerRepository officers;

	private final JdbcClient jdbc;

	private final Clocks clocks;

	private final OrganizationService orgs;

	private final UserService users;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	Officers(OfficerRepository officers, JdbcClient jdbc, Clocks clocks, OrganizationService orgs, UserService users,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.officers = officers;
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.orgs = orgs;
		this.users = users;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** A certificate to record: the officer's division, body, account (if any) and card. */
	public record OfficerCommand(UUID orgId, UUID bodyId, UUID userId, String name, String certificateNo, String areas,
			LocalDate issuedOn, LocalDate expiresOn, Integer trainingHours) {
	}

	public UUID create(OfficerCommand cmd) {
		Officer.Card card = Officer.Card.checked(cmd.name(), cmd.certificateNo(), cmd.areas(), cmd.issuedOn(),
				cmd.expiresOn(), cmd.trainingHours());
		checkPlacement(cmd.orgId(), cmd.bodyId(), cmd.userId());
		if (officers.certificateTaken(card.certificateNo(), null)) {
			throw InvalidInput.onField("certificateNo", "enforcement.officer.certificate-taken", card.certificateNo());
		}
		Officer o = Officer.issue(Ids.newId(), cmd.orgId(), cmd.bodyId(), cmd.userId(), card, newCode(), clock.instant());
		officers.insert(o);
		startClocks(o);
		officers.save(o);
		audit.append(AuditRecord.of(o.orgId, "ENFORCEMENT_OFFICER_CREATED", OfficerRepository.ENTITY, o.id)
			.summary(o.name + " " + o.certificateNo)
			.after(Map.of("name", o.name, "certificateNo", o.certificateNo, "areas", o.areasText(), "issuedOn",
					o.issuedOn, "expiresOn", o.expiresOn)));
		return o.id;
	}

	/** A renewed or corrected card: the clocks follow the new dates. */
	public void update(UUID id, OfficerCommand cmd, Long expectedVersion) {
		Officer.Card card = Officer.Card.checked(cmd.name(), cmd.certificateNo(), cmd.areas(), cmd.issuedOn(),
				cmd.expiresOn(), cmd.trainingHours());
		Officer o = officers.load(id);
		StaleWrite.check(expectedVersion, o.version, OfficerRepository.ENTITY, id);
		checkPlacement(o.orgId, cmd.bodyId(), cmd.userId());
		if (officers.certificateTaken(card.certificateNo(), id)) {
			throw InvalidInput.onField("certificateNo", "enforcement.officer.certificate-taken", card.certificateNo());
		}
		Map<String, Object> before = Map.of("certificateNo", o.certificateNo, "areas", o.areasText(), "issuedOn",
				o.issuedOn, "expiresOn", o.expiresOn, "trainingHours", o.trainingHours);
		boolean datesChanged = !card.expiresOn().equals(o.expiresOn) || !card.issuedOn().equals(o.issuedOn);
		o.apply(card);
		o.bodyId = cmd.bodyId();
		o.userId = cmd.userId();
		if (datesChanged) {
			if (o.registeredOn.isBefore(card.issuedOn())) {
				o.registeredOn = card.issuedOn();
			}
			stopClocks(o);
			startClocks(o);
		}
		officers.save(o);
		audit.append(AuditRecord.of(o.orgId, "ENFORCEMENT_OFFICER_UPDATED", OfficerRepository.ENTITY, id)
			.summary(o.name + " " + o.certificateNo)
			.before(before)
			.after(Map.of("certificateNo", o.certificateNo, "areas", o.areasText(), "issuedOn", o.issuedOn,
					"expiresOn", o.expiresOn, "trainingHours", o.trainingHours)));
	}

	public void changeStatus(UUID id, OfficerStatus to, String reason, Long expectedVersion) {
		Officer o = officers.load(id);
		StaleWrite.check(expectedVersion, o.version, OfficerRepository.ENTITY, id);
		OfficerStatus from = o.status;
		o.changeStatus(to, reason);
		if (to == OfficerStatus.REVOKED) {
			stopClocks(o);
		}
		officers.save(o);
		audit.append(AuditRecord.of(o.orgId, "ENFORCEMENT_OFFICER_STATUS", OfficerRepository.ENTITY, id)
			.summary(o.name + "：" + text(from.messageKey()) + " → " + text(to.messageKey())
					+ (o.statusReason == null ? "" : "（" + o.statusReason + "）")));
	}

	/** 审核注册 done on the day: the registration clock stops and the next cycle's starts. */
	public void register(UUID id, LocalDate on, Long expectedVersion) {
		Officer o = officers.load(id);
		StaleWrite.check(expectedVersion, o.version, OfficerRepository.ENTITY, id);
		if (on != null && on.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("on", "enforcement.case.date-future");
		}
		o.register(on);
		if (o.registrationClockId != null && clocks.get(o.registrationClockId).running()) {
			clocks.stop(o.registrationClockId, on);
		}
		o.registrationClockId = clocks.start(new StartClock(o.orgId, "enforcement", OfficerRepository.ENTITY,
				o.id.toString(), text("enforcement.clock.registration", o.name), "/enforcement/officers/" + o.id,
				"EN_CERT_REGISTRATION", o.userId, on));
		officers.save(o);
		audit.append(AuditRecord.of(o.orgId, "ENFORCEMENT_OFFICER_REGISTERED", OfficerRepository.ENTITY, id)
			.summary(o.name + " " + on));
	}

	/** The public page of a verification code: the card and whether it is valid today, nothing else. */
	@Transactional(readOnly = true)
	public EnforcementViews.PublicOfficer verify(String code) {
		if (code == null || !code.matches("[0-9A-Za-z]{1,20}")) {
			throw NotFoundException.of(OfficerRepository.ENTITY, code);
		}
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				select o.name, b.name as body_name, o.certificate_no, o.areas, o.status, o.issued_on, o.expires_on
				from enforcement_officer o join enforcement_body b on b.id = o.body_id where o.verify_code = :code""")
			.param("code", code.toUpperCase(java.util.Locale.ROOT))
			.query((rs, n) -> new EnforcementViews.PublicOfficer(rs.getString("name"), rs.getString("body_name"),
					rs.getString("certificate_no"), rs.getString("areas"),
					OfficerStatus.valueOf(rs.getString("status")) == OfficerStatus.ACTIVE
							&& !today.isBefore(rs.getDate("issued_on").toLocalDate())
							&& !today.isAfter(rs.getDate("expires_on").toLocalDate()),
					today))
			.optional()
			.orElseThrow(() -> NotFoundException.of(OfficerRepository.ENTITY, code));
	}

	// ---------------------------------------------------------------------------------------------- import

	/** One refused cell of an import: the row as Excel numbers it, the column's heading, what is wrong. */
	public record ImportError(int row, String column, String message) {
	}

	public record ImportResult(int imported, List<ImportError> errors) {

		public boolean accepted() {
			return errors.isEmpty();
		}
	}

	/** The columns of the register, in order (the template's headings). */
	public static final List<String> IMPORT_COLUMNS = List.of("姓名", "执法主体", "执法证号", "执法领域", "发证日期", "有效期至",
			"培训学时", "所在处室");

	/**
	 * An existing officer register, all or nothing: every row is checked first, and if any cell is wrong nothing is
	 * written and each wrong cell is reported (row, column, what is wrong).
	 * @param unitId the unit whose bodies and divisions the rows name
	 */
	public ImportResult importRegister(UUID unitId, byte[] workbook) {
		if (workbook == null || workbook.length == 0) {
			throw InvalidInput.onField("file", "enforcement.import.empty");
		}
		Map<String, UUID> bodies = new java.util.HashMap<>();
		jdbc.sql("select id, name from enforcement_body where org_id = :org")
			.param("org", unitId)
			.query((rs, n) -> Map.entry(rs.getString(2), rs.getObject(1, UUID.class)))
			.list()
			.forEach(e -> bodies.put(e.getKey(), e.getValue()));
		Map<String, UUID> divisions = new java.util.HashMap<>();
		for (UUID org : orgs.subtree(unitId)) {
			var view = orgs.get(org);
			divisions.put(view.name(), org);
			if (view.shortName() != null) {
				divisions.put(view.shortName(), org);
			}
		}
		List<ImportError> errors = new ArrayList<>();
		List<OfficerCommand> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
			if (sheet == null || sheet.getPhysicalNumberOfRows() < 2) {
				throw InvalidInput.onField("file", "enforcement.import.no-rows");
			}
			Row header = sheet.getRow(sheet.getFirstRowNum());
			for (int c = 0; c < IMPORT_COLUMNS.size(); c++) {
				String h = header == null ? "" : cell(header.getCell(c));
				if (!IMPORT_COLUMNS.get(c).equals(h)) {
					throw InvalidInput.onField("file", "enforcement.import.header", c + 1, IMPORT_COLUMNS.get(c), h);
				}
			}
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(row)) {
					continue;
				}
				int shown = r + 1;
				int before = errors.size();
				String name = cell(row.getCell(0));
				UUID body = bodies.get(cell(row.getCell(1)));
				if (body == null) {
					errors.add(new ImportError(shown, IMPORT_COLUMNS.get(1),
							text("enforcement.import.unknown-body", cell(row.getCell(1)))));
				}
				String number = cell(row.getCell(2)).toUpperCase(java.util.Locale.ROOT);
				if (!number.isEmpty() && !seen.add(number)) {
					errors.add(new ImportError(shown, IMPORT_COLUMNS.get(2), text("enforcement.import.duplicate", number)));
				}
				else if (!number.isEmpty() && officers.certificateTaken(number, null)) {
					errors.add(new ImportError(shown, IMPORT_COLUMNS.get(2),
							text("enforcement.officer.certificate-taken", number)));
				}
				LocalDate issued = date(row.getCell(4), shown, 4, errors);
				LocalDate expires = date(row.getCell(5), shown, 5, errors);
				Integer hours = null;
				String h = cell(row.getCell(6));
				if (!h.isEmpty()) {
					try {
						hours = Integer.valueOf(h.replaceAll("\\.0+$", ""));
					}
					catch (NumberFormatException e) {
						errors.add(new ImportError(shown, IMPORT_COLUMNS.get(6), text("enforcement.import.number", h)));
					}
				}
				UUID division = divisions.get(cell(row.getCell(7)));
				if (division == null) {
					errors.add(new ImportError(shown, IMPORT_COLUMNS.get(7),
							text("enforcement.import.unknown-division", cell(row.getCell(7)))));
				}
				if (errors.size() == before) {
					try {
						Officer.Card.checked(name, number, cell(row.getCell(3)), issued, expires, hours);
						rows.add(new OfficerCommand(division, body, null, name, number, cell(row.getCell(3)), issued,
								expires, hours));
					}
					catch (FazhiException e) {
						errors.add(new ImportError(shown, column(e.field()),
								messages.getMessage(e.code(), e.getArguments(), e.code(), java.util.Locale.SIMPLIFIED_CHINESE)));
					}
				}
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof FazhiException f) {
				throw f;
			}
			throw InvalidInput.onField("file", "enforcement.import.unreadable");
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			throw InvalidInput.onField("file", "enforcement.import.no-rows");
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, List.copyOf(errors));
		}
		rows.forEach(this::create);
		audit.append(AuditRecord.of(unitId, "ENFORCEMENT_OFFICERS_IMPORTED", OfficerRepository.ENTITY, unitId)
			.summary(text("enforcement.import.done", rows.size())));
		return new ImportResult(rows.size(), List.of());
	}

	private static String column(String field) {
		return switch (field == null ? "" : field) {
			case "name" -> IMPORT_COLUMNS.get(0);
			case "certificateNo" -> IMPORT_COLUMNS.get(2);
			case "areas" -> IMPORT_COLUMNS.get(3);
			case "issuedOn" -> IMPORT_COLUMNS.get(4);
			case "expiresOn" -> IMPORT_COLUMNS.get(5);
			case "trainingHours" -> IMPORT_COLUMNS.get(6);
			default -> "";
		};
	}

	private LocalDate date(Cell cell, int row, int column, List<ImportError> errors) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String t = cell(cell);
		if (t.isEmpty()) {
			return null;
		}
		for (String pattern : List.of("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日")) {
			try {
				return LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern));
			}
			catch (DateTimeParseException e) {
				// the next pattern
			}
		}
		errors.add(new ImportError(row, IMPORT_COLUMNS.get(column), text("enforcement.import.date", t)));
		return null;
	}

	private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.SIMPLIFIED_CHINESE);

	private static String cell(Cell cell) {
		return cell == null ? "" : FORMAT.formatCellValue(cell).strip();
	}

	private static boolean blank(Row row) {
		for (int c = 0; c < IMPORT_COLUMNS.size(); c++) {
			if (!cell(row.getCell(c)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	// ---------------------------------------------------------------------------------------------- qualifications

	/** A reviewer's 法律职业资格 (第五十八条第二款), recorded once per person. */
	public void recordQualification(UUID userId, String certificateNo, LocalDate obtainedOn, String recordedBy) {
		if (userId == null) {
			throw InvalidInput.onField("userId", "enforcement.qualification.user-required");
		}
		var user = users.get(userId);
		String no = InvalidInput.requireText(certificateNo, "certificateNo", "enforcement.qualification.number-required",
				40, "enforcement.qualification.number-size");
		if (obtainedOn == null) {
			throw InvalidInput.onField("obtainedOn", "enforcement.qualification.date-required");
		}
		if (obtainedOn.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.onField("obtainedOn", "enforcement.case.date-future");
		}
		if (qualified(userId)) {
			throw RuleViolation.onField("userId", "enforcement.qualification.exists", user.displayName());
		}
		jdbc.sql("""
				insert into enforcement_legal_qualification (user_id, org_id, certificate_no, obtained_on, recorded_by, recorded_at)
				values (:user, :org, :no, :on, :by, :at)""")
			.param("user", userId)
			.param("org", user.orgId())
			.param("no", no)
			.param("on", java.sql.Date.valueOf(obtainedOn))
			.param("by", recordedBy)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append(AuditRecord.of(user.orgId(), "ENFORCEMENT_QUALIFICATION_RECORDED", QUALIFICATION, userId)
			.summary(user.displayName() + " " + no));
	}

	@Transactional(readOnly = true)
	public boolean qualified(UUID userId) {
		return userId != null && jdbc.sql("select count(*) from enforcement_legal_qualification where user_id = :u")
			.param("u", userId)
			.query(Long.class)
			.single() > 0;
	}

	// ---------------------------------------------------------------------------------------------- clocks

	/** Starts the clocks a certificate has none of (after a renewal, or for a register loaded without them). */
	void startClocks(Officer o) {
		if (o.status == OfficerStatus.REVOKED) {
			return;
		}
		if (o.expiryClockId == null) {
			o.expiryClockId = clocks.start(new StartClock(o.orgId, "enforcement", OfficerRepository.ENTITY,
					o.id.toString(), text("enforcement.clock.expiry", o.name), "/enforcement/officers/" + o.id,
					"EN_CERT_EXPIRY", o.userId, o.expiresOn.minusMonths(3)));
		}
		if (o.registrationClockId == null) {
			o.registrationClockId = clocks.start(new StartClock(o.orgId, "enforcement", OfficerRepository.ENTITY,
					o.id.toString(), text("enforcement.clock.registration", o.name), "/enforcement/officers/" + o.id,
					"EN_CERT_REGISTRATION", o.userId, o.registeredOn));
		}
	}

	private void stopClocks(Officer o) {
		LocalDate today = LocalDate.now(clock);
		for (UUID id : new UUID[] { o.expiryClockId, o.registrationClockId }) {
			if (id != null && clocks.get(id).running()) {
				clocks.stop(id, today.isBefore(clocks.get(id).startDate()) ? clocks.get(id).startDate() : today);
			}
		}
		o.expiryClockId = null;
		o.registrationClockId = null;
	}

	private void checkPlacement(UUID orgId, UUID bodyId, UUID userId) {
		if (orgId == null) {
			throw InvalidInput.onField("orgId", "enforcement.officer.org-required");
		}
		if (bodyId == null) {
			throw InvalidInput.onField("bodyId", "enforcement.officer.body-required");
		}
		UUID unit = orgs.unitOf(orgId).id();
		UUID bodyUnit = jdbc.sql("select org_id from enforcement_body where id = :id")
			.param("id", bodyId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> InvalidInput.onField("bodyId", "enforcement.officer.body-required"));
		if (!bodyUnit.equals(unit)) {
			throw InvalidInput.onField("bodyId", "enforcement.officer.body-other-unit");
		}
		if (userId != null && !orgs.unitOf(users.get(userId).orgId()).id().equals(unit)) {
			throw InvalidInput.onField("userId", "enforcement.officer.user-other-unit");
		}
	}

	private static String newCode() {
		char[] code = new char[10];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, java.util.Locale.SIMPLIFIED_CHINESE);
	}
}
