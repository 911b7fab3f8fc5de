package org.fazhi.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips (or, with FAZHI_REQUIRE_BROWSER=1, fails) the layout measurements where LibreOffice or poppler is not
 * installed: a document is measured as it renders, like a page in Chromium, so the same requirement governs both.
 */
public class RendererAvailable implements ExecutionCondition {

	static final Path SOFFICE = Path.of("/usr/bin/soffice");

	static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

	static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!Files.isExecutable(SOFFICE) || !Files.isExecutable(PDFTOTEXT) || !Files.isExecutable(PDFTOPPM)) {
			return Requirements.unavailable("FAZHI_REQUIRE_BROWSER", "未安装 LibreOffice 或 poppler（" + SOFFICE + "、"
					+ PDFTOTEXT + "；Debian 软件包 libreoffice-writer-nogui、poppler-utils）");
		}
		return ConditionEvaluationResult.enabled("LibreOffice");
	}
}
