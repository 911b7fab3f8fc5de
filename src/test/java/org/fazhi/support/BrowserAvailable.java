package org.fazhi.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips (or, with FAZHI_REQUIRE_BROWSER=1, fails) browser walks where Debian's Chromium is not installed. */
public class BrowserAvailable implements ExecutionCondition {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			return Requirements.unavailable("FAZHI_REQUIRE_BROWSER",
					"未安装 Chromium 浏览器或 ChromeDriver（" + CHROMIUM + "、" + CHROMEDRIVER + "；Debian 软件包 chromium、chromium-driver）");
		}
		return ConditionEvaluationResult.enabled("Chromium");
	}
}
