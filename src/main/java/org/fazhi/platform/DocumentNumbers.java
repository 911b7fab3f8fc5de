package org.fazhi.platform;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one allocator of 文号 for every numbered document: per issuer code and year, the next number in date order. A
 * document dated before the last one numbered cannot take a later number (the sequence would no longer follow the
 * dates); a number given outside the platform is registered so that the sequence continues after it.
 */
@Service
@Transactional
public class DocumentNumbers {

	private final JdbcClient jdbc;

	DocumentNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of the issuer's sequence of the day's year, dated that day. */
	public DocumentNumber next(String issuerCode, LocalDate on) {
		int year = on.getYear();
		Sequence seq = lock(issuerCode, year);
		NumbersFollowDates.check(issuerCode, year, seq.lastSeq(), seq.lastDate(), on);
		DocumentNumber number = new DocumentNumber(issuerCode, year, seq.lastSeq() + 1);
		store(issuerCode, year, number.sequence(), on);
		return number;
	}

	/** A number given outside the platform (a document issued before it, or by hand): the sequence goes on after it. */
	public void register(DocumentNumber number, LocalDate on) {
		Sequence seq = lock(number.issuerCode(), number.year());
		int last = Math.max(seq.lastSeq(), number.sequence());
		LocalDate lastDate = seq.lastDate() == null || on.isAfter(seq.lastDate()) ? on : seq.lastDate();
		store(number.issuerCode(), number.year(), last, lastDate);
	}

	private Sequence lock(String issuer, int year) {
		jdbc.sql("insert into platform_document_number (issuer_code, year_num, last_seq) values (:i, :y, 0) "
				+ "on conflict do nothing")
			.param("i", issuer)
			.param("y", year)
			.update();
		return jdbc.sql("select last_seq, last_date from platform_document_number where issuer_code = :i and year_num = :y "
				+ "for update")
			.param("i", issuer)
			.param("y", year)
			.query((rs, n) -> new Sequence(rs.getInt(1), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()))
			.single();
	}

	private void store(String issuer, int year, int last, LocalDate lastDate) {
		jdbc.sql("update platform_document_number set last_seq = :n, last_date = :d where issuer_code = :i and year_num = :y")
			.param("n", last)
			.param("d", Date.valueOf(lastDate))
			.param("i", issuer)
			.param("y", year)
			.update();
	}

	private record Sequence(int lastSeq, LocalDate lastDate) {
	}

	/**
	 * 文号按日期顺序编排: a document dated before the last numbered one of its sequence cannot take the next number
	 * (GB/T 9704-2012 7.2.4 发文字号: 发文机关代字、年份、发文顺序号).
	 */
	static final class NumbersFollowDates {

		private NumbersFollowDates() {
		}

		static void check(String issuer, int year, int lastSeq, LocalDate lastDate, LocalDate on) {
			if (lastDate != null && on.isBefore(lastDate)) {
				throw RuleViolation.onField("on", "number.out-of-order", issuer, year, lastSeq, lastDate, on);
			}
		}
	}
}
