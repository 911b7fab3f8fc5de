package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTests {

	@Test
	void documentNumberIsReadIntoIssuerYearAndSequence() {
		DocumentNumber number = DocumentNumber.parse("内科发政字〔2018〕34号");
		assertThat(number.issuerCode()).isEqualTo("内科发政字");
		assertThat(number.year()).isEqualTo(2018);
		assertThat(number.sequence()).isEqualTo(34);
		assertThat(number).hasToString("内科发政字〔2018〕34号");
	}

	@ParameterizedTest(name = "「{0}」不是规范的文号")
	@ValueSource(strings = { "内科发政字[2018]34号", "内科发政字(2018)34号", "内科发政字〔2018〕34", "〔2018〕34号",
			"内科发政字〔18〕34号", "内科发政字〔2018〕0号", "" })
	void malformedDocumentNumbersAreRefused(String text) {
		assertThatThrownBy(() -> DocumentNumber.parse(text)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void sameIssuerYearAndSequenceAreTheSameNumber() {
		assertThat(new DocumentNumber("内科发政字", 2019, 12)).isEqualTo(DocumentNumber.parse("内科发政字〔2019〕12号"));
	}
}
