package org.fazhi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A notice goes out by e-mail through a real SMTP exchange with a local test server. */
class MailDispatcherTests {

	/** A port the machine has free now (a fixed one may be taken by another process or a parallel build). */
	static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(freePort()));

	@Test
	void noticeIsSentByEmailWithItsLink() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		MailDispatcher mail = new MailDispatcher(sender, "fazhi@kjt.example.gov.cn", "https://fazhi.example.gov.cn");

		boolean sent = mail.send("lihua@kjt.example.gov.cn", new Notice(UUID.randomUUID(), UUID.randomUUID(),
				"合法性审查期限临期：关于促进科技成果转化的若干措施", "届满日：2019-10-10", "/clocks/123", "k"), "页脚");

		assertThat(sent).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("合法性审查期限临期：关于促进科技成果转化的若干措施");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("lihua@kjt.example.gov.cn");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(new String(received[0].getInputStream().readAllBytes(), "UTF-8"))
			.contains("https://fazhi.example.gov.cn/clocks/123");
	}

	@Test
	void unreachableServerIsReportedNotThrown() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(1);
		MailDispatcher mail = new MailDispatcher(sender, "fazhi@localhost", "http://localhost");
		assertThat(mail.send("x@example.com", new Notice(UUID.randomUUID(), UUID.randomUUID(), "t", null, null, null),
				"f")).isFalse();
	}
}
