package org.fazhi.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 智能预审: reads a draft and finds what the law forbids or the reviewer should look at, sentence by sentence.
 * A sentence that applies a higher-level law by name (依照《…》) is not reported, nor a match the words just before it
 * forbid (不得…); every other match in a sentence is, not only its first.
 * Advisory only.
 */
public final class PreReviewChecks {

	private static final Map<PreReviewRule, List<Pattern>> PATTERNS = new EnumMap<>(PreReviewRule.class);

	static {
		PATTERNS.put(PreReviewRule.POWER_SETTING, patterns("(处以?|并处|予以|给予)[^。；，]{0,20}罚款",
				"罚款[0-9０-９一二三四五六七八九十百千万]+", "没收", "吊销[^。；，]{0,8}(营业执照|执照|许可证|证照|资质|证书)", "吊销", "拘留", "查封", "扣押", "暂扣",
				"(须|需|需要|应当|必须)(经过?|取得|办理|申请)[^。；]{0,20}(许可|审批|批准)",
				"实行[^。；]{0,10}(许可|审批)(制度|制)", "(收取|缴纳|交纳|收缴)[^。；]{0,20}费", "收费标准"));
		PATTERNS.put(PreReviewRule.LICENCE_CONDITIONS, patterns(
				"(许可|审批|资质|认定|登记)[^。]{0,40}(还应当|另须|须另行|还需|还须|还应|应同时|并应当)(具备|提供|提交|满足|取得)"));
		PATTERNS.put(PreReviewRule.CERTIFICATES, patterns("(开具|出具)[^。；]{0,20}证明",
				"(无犯罪记录|亲属关系|户籍|居住|婚姻状况|无违法违规|在职|收入)证明"));
		PATTERNS.put(PreReviewRule.COMPETITION_OPERATORS,
				patterns("(指定|限定)[^。；，]{0,15}(企业|单位|机构|经营者|供应商|服务商|产品|品牌|公司)",
						"(只能|仅限|必须)(购买|使用|选择|委托|选用)[^。；]{0,20}(企业|机构|单位|产品|公司|服务)"));
		PATTERNS.put(PreReviewRule.COMPETITION_LOCAL, patterns("(外地|区外|外省|外埠|外市)(企业|经营者|商品|产品|公司|机构)",
				"(本地|本区|区内|当地|本市|本省)(企业|经营者|公司)[^。；]{0,10}(优先|方可|才能|为限)",
				"在本(地|区|市|省|自治区)(设立|注册)[^。；]{0,15}(分支机构|子公司|企业|公司|法人)",
				"注册地[^。；]{0,10}(在|为|位于)(本|区内)"));
		PATTERNS.put(PreReviewRule.COMPETITION_SUBSIDY,
				patterns("(给予|予以|一次性)[^。；]{0,30}(奖励|补贴|补助|资助|扶持资金|奖补)",
						"税收优惠|减免税|财政返还|税收返还|土地出让金返还"));
	}

	private static final Pattern CITES_LAW = Pattern.compile("(依照|依据|按照|根据)[^。；]{0,40}《[^》]+》");

	private static final Pattern NEGATION = Pattern.compile("不得|不予|禁止|无需|不再|严禁|不应|不需要");

	private static final Pattern SCIENCE = Pattern
		.compile("科技|科学技术|技术创新|自主创新|研发|研究开发|成果转化|技术转移");

	private static final Pattern VALIDITY_YEARS = Pattern.compile("有效期(为|至)?([0-9０-９]+|[一二三四五六七八九十]+)年");

	private static final Pattern EFFECTIVE = Pattern.compile("自[^。；]{0,40}(施行|实施|生效|执行)|(施行|实施|生效)日期");

	private static final Pattern CITED = Pattern.compile("《([^《》]{2,60})》|[\\p{IsHan}]{2,12}〔\\d{4}〕\\d{1,4}号");

	private static final int PER_RULE = 20;

	private static final int EXCERPT = 120;

	private PreReviewChecks() {
	}

	/**
	 * What the check knows of a normative document besides its text: its validity as registered (有效期, 暂行/试行 is
	 * a field of the document, not guessed from the title), whether a longer validity has its reason recorded, and
	 * whether its public consultation was held or lawfully dispensed with.
	 */
	public record Context(Integer validityYears, boolean provisional, boolean validityReasoned,
			boolean consultationSettled) {
	}

	/**
	 * @param normative whether the draft is a normative document (some checks apply to those only)
	 * @param context the registered facts of a normative document, or {@code null}
	 * @param on the day of the review: the basis cited is the one in force then
	 */
	public static List<Finding> check(String title, String text, boolean normative, Context context, LocalDate on,
			CitedDocumentCatalog catalog) {
		String body = text == null ? "" : text;
		List<Finding> findings = new ArrayList<>();
		List<Sentence> sentences = sentences(body);
		boolean science = SCIENCE.matcher(body).find() || (title != null && SCIENCE.matcher(title).find());
		for (Map.Entry<PreReviewRule, List<Pattern>> entry : PATTERNS.entrySet()) {
			PreReviewRule rule = entry.getKey();
			if (rule.normativeOnly() && !normative) {
				continue;
			}
			int found = 0;
			for (Sentence sentence : sentences) {
				if (found >= PER_RULE || CITES_LAW.matcher(sentence.text()).find()) {
					continue;
				}
				for (int[] match : matches(entry.getValue(), sentence.text())) {
					if (found >= PER_RULE) {
						break;
					}
					if (negated(sentence.text(), match[0])) {
						continue;
					}
					String detail = rule == PreReviewRule.COMPETITION_SUBSIDY && science ? "science-exception" : null;
					findings.add(excerpt(rule, sentence.text(), match[0], match[1], detail, on));
					found++;
				}
			}
		}
		if (normative) {
			validityAndEffect(body, sentences, context, findings, on);
			if (context != null && !context.consultationSettled()) {
				findings.add(new Finding(PreReviewRule.CONSULTATION_MISSING, firstSentence(sentences), 0, 0, null,
						PreReviewRule.CONSULTATION_MISSING.basisKey(on)));
			}
		}
		if (catalog != null) {
			citations(body, sentences, catalog, findings, on);
		}
		return findings;
	}

	/**
	 * Every match of the rule's patterns in the sentence, left to right and not overlapping (a sentence that creates a
	 * fine and a licence revocation yields both).
	 */
	private static List<int[]> matches(List<Pattern> patterns, String text) {
		List<int[]> all = new ArrayList<>();
		for (Pattern p : patterns) {
			Matcher m = p.matcher(text);
			while (m.find()) {
				all.add(new int[] { m.start(), m.end() });
			}
		}
		all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
		List<int[]> kept = new ArrayList<>();
		int end = -1;
		for (int[] m : all) {
			if (m[0] >= end) {
				kept.add(m);
				end = m[1];
			}
		}
		return kept;
	}

	/**
	 * The validity as registered decides (the text is checked against it): more than 5 years, or more than 2 for a
	 * 暂行/试行 document, without a recorded reason; a text stating another period than the registered one.
	 */
	private static void validityAndEffect(String body, List<Sentence> sentences, Context context,
			List<Finding> findings, LocalDate on) {
		Matcher years = VALIDITY_YEARS.matcher(body);
		boolean stated = years.find();
		Integer registered = context == null ? null : context.validityYears();
		if (registered == null && !body.contains("有效期")) {
			findings.add(new Finding(PreReviewRule.VALIDITY_MISSING, lastSentence(sentences), 0, 0, null,
					PreReviewRule.VALIDITY_MISSING.basisKey(on)));
		}
		int n = registered != null ? registered : stated ? number(years.group(2)) : 0;
		boolean provisional = context != null && context.provisional();
		boolean reasoned = context != null && context.validityReasoned();
		Sentence s = stated ? containing(sentences, years.start()) : null;
		int start = stated ? years.start() - s.offset() : 0;
		int stop = stated ? start + years.group().length() : 0;
		String excerpt = stated ? s.text() : lastSentence(sentences);
		if (n > 0 && !reasoned) {
			if (provisional && n > 2) {
				findings.add(excerptOrWhole(PreReviewRule.VALIDITY_PROVISIONAL, excerpt, start, stop, String.valueOf(n), on));
			}
			else if (!provisional && n > 5) {
				findings.add(excerptOrWhole(PreReviewRule.VALIDITY_TOO_LONG, excerpt, start, stop, String.valueOf(n), on));
			}
		}
		if (stated && registered != null && number(years.group(2)) != registered) {
			findings.add(excerpt(PreReviewRule.VALIDITY_MISMATCH, s.text(), start, stop,
					number(years.group(2)) + "/" + registered, on));
		}
		if (!EFFECTIVE.matcher(body).find()) {
			findings.add(new Finding(PreReviewRule.EFFECTIVE_DATE_MISSING, lastSentence(sentences), 0, 0, null,
					PreReviewRule.EFFECTIVE_DATE_MISSING.basisKey(on)));
		}
	}

	private static Finding excerptOrWhole(PreReviewRule rule, String sentence, int start, int end, String detail,
			LocalDate on) {
		return end > start ? excerpt(rule, sentence, start, end, detail, on)
				: new Finding(rule, sentence, 0, 0, detail, rule.basisKey(on));
	}

	private static void citations(String body, List<Sentence> sentences, CitedDocumentCatalog catalog,
			List<Finding> findings, LocalDate on) {
		Matcher m = CITED.matcher(body);
		Set<String> seen = new LinkedHashSet<>();
		while (m.find()) {
			String cited = m.group(1) != null ? m.group(1) : m.group();
			if (!seen.add(cited)) {
				continue;
			}
			catalog.find(cited).filter(c -> !c.inForce()).ifPresent(c -> {
				Sentence s = containing(sentences, m.start());
				int start = m.start() - s.offset();
				findings.add(excerpt(PreReviewRule.CITES_REPEALED, s.text(), start, start + m.group().length(),
						c.status(), on));
			});
		}
	}

	private static Finding excerpt(PreReviewRule rule, String sentence, int start, int end, String detail,
			LocalDate on) {
		if (sentence.length() <= EXCERPT) {
			return new Finding(rule, sentence, start, end, detail, rule.basisKey(on));
		}
		int from = Math.max(0, Math.min(start - 40, sentence.length() - EXCERPT));
		int to = Math.min(sentence.length(), Math.max(end + 40, from + EXCERPT));
		return new Finding(rule, sentence.substring(from, to), start - from, Math.min(end, to) - from, detail,
				rule.basisKey(on));
	}

	/** "不得…" within the few characters before the match turns it into a prohibition, not a power. */
	private static boolean negated(String sentence, int matchStart) {
		String window = sentence.substring(Math.max(0, matchStart - 8), matchStart);
		return NEGATION.matcher(window).find();
	}

	private static List<Sentence> sentences(String text) {
		List<Sentence> result = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '；' || c == '！' || c == '？' || c == '\n' || c == ';') {
				add(result, text, start, i + (c == '\n' ? 0 : 1));
				start = i + 1;
			}
		}
		add(result, text, start, text.length());
		return result;
	}

	private static void add(List<Sentence> sentences, String text, int from, int to) {
		if (to > from && !text.substring(from, to).isBlank()) {
			sentences.add(new Sentence(from, text.substring(from, to)));
		}
	}

	private static Sentence containing(List<Sentence> sentences, int offset) {
		for (Sentence s : sentences) {
			if (offset >= s.offset() && offset < s.offset() + s.text().length()) {
				return s;
			}
		}
		return sentences.get(sentences.size() - 1);
	}

	private static String firstSentence(List<Sentence> sentences) {
		if (sentences.isEmpty()) {
			return "";
		}
		String first = sentences.get(0).text().strip();
		return first.length() > EXCERPT ? first.substring(0, EXCERPT) : first;
	}

	private static String lastSentence(List<Sentence> sentences) {
		if (sentences.isEmpty()) {
			return "";
		}
		String last = sentences.get(sentences.size() - 1).text().strip();
		return last.length() > EXCERPT ? last.substring(last.length() - EXCERPT) : last;
	}

	static int number(String text) {
		String digits = text.chars()
			.map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		if (digits.matches("\\d+")) {
			return Integer.parseInt(digits);
		}
		String numerals = "一二三四五六七八九";
		if (digits.equals("十")) {
			return 10;
		}
		if (digits.startsWith("十")) {
			return 10 + numerals.indexOf(digits.charAt(1)) + 1;
		}
		if (digits.length() == 1) {
			return numerals.indexOf(digits.charAt(0)) + 1;
		}
		if (digits.length() >= 2 && digits.charAt(1) == '十') {
			int tens = (numerals.indexOf(digits.charAt(0)) + 1) * 10;
			return digits.length() == 3 ? tens + numerals.indexOf(digits.charAt(2)) + 1 : tens;
		}
		return 0;
	}

	private static List<Pattern> patterns(String... regexes) {
		List<Pattern> list = new ArrayList<>();
		for (String r : regexes) {
			list.add(Pattern.compile(r));
		}
		return list;
	}

	private record Sentence(int offset, String text) {
	}
}
