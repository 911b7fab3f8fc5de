package org.fazhi.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号: issuer code, the year in 〔〕 and the sequence, e.g. 内科发政字〔2018〕34号 (GB/T 9704: 〔〕, not [] or ()).
 */
public record DocumentNumber(String issuerCode, int year, int sequence) {

	private static final Pattern FORMAT = Pattern.compile("^(\\p{IsHan}[\\p{IsHan}A-Za-z]{0,19})〔(\\d{4})〕(\\d{1,4})号$");

	private static final Pattern ISSUER = Pattern.compile("^\\p{IsHan}[\\p{IsHan}A-Za-z]{0,19}$");

	public DocumentNumber {
		if (issuerCode == null || !ISSUER.matcher(issuerCode).matches()) {
			throw InvalidInput.onField("issuerCode", "normative.number.issuer", issuerCode);
		}
		if (year < 1949 || year > 2100 || sequence < 1 || sequence > 9999) {
			throw InvalidInput.onField("documentNumber", "normative.number.format", issuerCode + "〔" + year + "〕" + sequence + "号");
		}
	}

	/** Reads a 文号 as written; refuses [] or () around the year, and anything else malformed. */
	public static DocumentNumber parse(String text) {
		Matcher m = text == null ? null : FORMAT.matcher(text.strip());
		if (m == null || !m.matches()) {
			throw InvalidInput.onField("documentNumber", "normative.number.format", text);
		}
		return new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
	}

	public static boolean validIssuer(String code) {
		return code != null && ISSUER.matcher(code.strip()).matches();
	}

	@Override
	public String toString() {
		return issuerCode + "〔" + year + "〕" + sequence + "号";
	}
}
