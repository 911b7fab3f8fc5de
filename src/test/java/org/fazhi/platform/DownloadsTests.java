package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.platform.web.Downloads;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Downloads keep their Chinese names and their extension. */
class DownloadsTests {

	@Test
	void chineseNameIsSentEncodedWithAnAsciiFallbackOfTheSameExtension() {
		ResponseEntity<byte[]> r = Downloads.file("科技厅法审〔2019〕3号.docx", Downloads.DOCX, new byte[] { 1 });
		assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"download.docx\"; filename*=UTF-8''"
					+ "%E7%A7%91%E6%8A%80%E5%8E%85%E6%B3%95%E5%AE%A1%E3%80%942019%E3%80%953%E5%8F%B7.docx");
		assertThat(r.getHeaders().getContentType()).isEqualTo(Downloads.DOCX);
	}

	@Test
	void excelExportWithoutExtensionIsSavedAsXlsx() {
		ResponseEntity<byte[]> r = ExcelExport.response("征求意见清单", new byte[] { 1 });
		assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).endsWith(".xlsx")
			.contains("filename=\"download.xlsx\"");
		assertThat(ExcelExport.response("用户账户.xlsx", new byte[] { 1 }).getHeaders()
			.getFirst(HttpHeaders.CONTENT_DISPOSITION)).doesNotContain(".xlsx.xlsx");
	}
}
