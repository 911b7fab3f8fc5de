package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.platform.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

	@Test
	void passwordShorterThanEightCharactersIsRefused() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "li", "Ab1!xyz"))
			.isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("password.too-short");
	}

	@ParameterizedTest(name = "「{0}」只有两类字符")
	@CsvSource({ "abcdefgh12", "ABCDEFGH12", "abcdefgHIJ", "abcdefg!!!", "12345678!!" })
	void passwordWithOnlyTwoCharacterClassesIsRefused(String password) {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "li", password))
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("password.too-simple");
	}

	@ParameterizedTest(name = "「{0}」含三类以上字符")
	@CsvSource({ "Fazhi@2019", "abcdEFG1", "abcd123!", "ABCD123!", "规范性文件Ab1" })
	void passwordWithThreeCharacterClassesIsAccepted(String password) {
		assertThatCode(() -> PasswordPolicy.check("password", "li", password)).doesNotThrowAnyException();
	}

	@Test
	void passwordContainingTheUserNameIsRefused() {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "reviewer", "Reviewer@2026"))
			.extracting(e -> ((InvalidInput) e).code(), e -> ((InvalidInput) e).field())
			.containsExactly("password.contains-username", "newPassword");
	}

	@Test
	void passwordLongerThanSixtyFourCharactersIsRefused() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "li", "Aa1!".repeat(17)))
			.extracting(e -> ((InvalidInput) e).code())
			.isEqualTo("password.too-long");
	}

	@Test
	void aPasswordAmongTheLastOnesKeptIsReusedAndOneOlderThanTheDepthIsNot() {
		var encoder = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4);
		java.util.List<String> newestFirst = java.util.List.of(encoder.encode("Current#2026"),
				encoder.encode("Earlier#2025"), encoder.encode("Oldest#2024"));
		assertThat(PasswordPolicy.reused("Current#2026", newestFirst, 2, encoder)).isTrue();
		assertThat(PasswordPolicy.reused("Earlier#2025", newestFirst, 2, encoder)).isTrue();
		assertThat(PasswordPolicy.reused("Oldest#2024", newestFirst, 2, encoder)).isFalse();
		assertThat(PasswordPolicy.reused("Oldest#2024", newestFirst, 3, encoder)).isTrue();
		assertThat(PasswordPolicy.reused("Current#2026", newestFirst, 0, encoder)).as("no history kept").isFalse();
	}
}
