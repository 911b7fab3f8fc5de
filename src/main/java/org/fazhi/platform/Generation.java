package org.fazhi.platform;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One run of the data generator: how many units, which years, how many normative documents a unit drafts a year,
 * and the seed that every id, name, date and choice follows from, so that a run is repeatable and resumable.
 * @param units units (厅、局) to generate; each has {@link #DIVISIONS} divisions, so {@code --orgs 1000} is 100 units
 * @param documentsPerUnitYear normative documents each unit drafts each year
 * @param auditPerDocument extra audit entries per document (views, downloads, comments on the file) on top of
 *        the entries its steps write, to reach the trail's volume of a region
 */
public record Generation(long seed, int units, List<Integer> years, int documentsPerUnitYear, int auditPerDocument) {

	/** Divisions of each generated unit. */
	public static final int DIVISIONS = 9;

	/** A generated unit and its divisions; ids follow from the seed and the unit's code. */
	public record Unit(int index, String code, UUID id, String name, List<Division> divisions) {

		/** The unit's letters in 文号 (内<letters>发, 内<letters>法审): A … Z, AA … */
		public String letters() {
			StringBuilder b = new StringBuilder();
			int n = index + 1;
			while (n > 0) {
				n--;
				b.insert(0, (char) ('A' + n % 26));
				n /= 26;
			}
			return b.toString();
		}
	}

	public record Division(String code, UUID id, String name) {
	}

	private static final String[] PREFIXES = { "发展和改革", "教育", "科学技术", "工业和信息化", "民族事务", "公安", "民政", "司法",
			"财政", "人力资源和社会保障", "自然资源", "生态环境", "住房和城乡建设", "交通运输", "水利", "农牧", "商务", "文化和旅游", "卫生健康",
			"退役军人事务", "应急管理", "审计", "市场监督管理", "广播电视", "体育", "统计", "林业和草原", "医疗保障", "能源", "粮食和物资储备" };

	private static final String[] DIVISION_NAMES = { "办公室", "政策法规处", "综合规划处", "财务处", "人事处", "行政审批处",
			"监督检查处", "科技与信息化处", "机关党委" };

	/** The units of the run, in order. */
	public List<Unit> unitList() {
		List<Unit> list = new ArrayList<>();
		for (int i = 0; i < units; i++) {
			String code = "gen-%04d".formatted(i + 1);
			String name = name(i);
			List<Division> divisions = new ArrayList<>();
			for (int d = 0; d < DIVISIONS; d++) {
				String dcode = code + "-" + (d + 1);
				divisions.add(new Division(dcode, id("org", dcode), DIVISION_NAMES[d]));
			}
			list.add(new Unit(i, code, id("org", code), name, List.copyOf(divisions)));
		}
		return list;
	}

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private static final String[] PLACES = { "呼和浩特市", "包头市", "乌海市", "赤峰市", "通辽市", "鄂尔多斯市", "呼伦贝尔市", "巴彦淖尔市",
			"乌兰察布市", "兴安盟", "锡林郭勒盟", "阿拉善盟" };

	/**
	 * The unit's name: the region's departments first, then those of its leagues and cities — Chinese characters only,
	 * so that a name and its 法审 prefix are a valid 文号 issuer; unique up to 390 units, numbered (一 … 十) beyond.
	 */
	static String name(int i) {
		String field = PREFIXES[i % PREFIXES.length];
		if (i < PREFIXES.length) {
			return "内蒙古自治区" + field + "厅";
		}
		int place = (i - PREFIXES.length) / PREFIXES.length;
		return PLACES[place % PLACES.length] + field + "局"
				+ (place < PLACES.length ? "" : "第" + NUMERALS[(place / PLACES.length) % NUMERALS.length] + "分局");
	}

	/** An id that follows from the seed and the given parts. */
	public UUID id(Object... parts) {
		StringBuilder key = new StringBuilder().append(seed);
		for (Object p : parts) {
			key.append('|').append(p);
		}
		return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The random choices of one generator for one unit: the same every run with the same seed. */
	public SplittableRandom random(String generator, Unit unit) {
		return new SplittableRandom(seed * 31 + (generator + "|" + unit.code()).hashCode());
	}

	/** A day of the year, at random, no later than {@code latest}. */
	public static LocalDate dayIn(SplittableRandom random, int year, LocalDate latest) {
		LocalDate first = LocalDate.of(year, 1, 1);
		int days = first.lengthOfYear();
		LocalDate day = first.plusDays(random.nextInt(days));
		return day.isAfter(latest) ? latest : day;
	}
}
