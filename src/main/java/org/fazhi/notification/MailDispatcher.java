package org.fazhi.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends a notice by e-mail. A failure is logged and never undoes the notice already in the inbox. */
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final JavaMailSender sender;

	private final String from;

	private final String baseUrl;

	MailDispatcher(JavaMailSender sender, String from, String baseUrl) {
		this.sender = sender;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	boolean send(String to, Notice notice, String footer) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject(notice.title());
		StringBuilder text = new StringBuilder();
		if (notice.body() != null) {
			text.append(notice.body()).append("\n\n");
		}
		if (notice.link() != null) {
			text.append(baseUrl).append(notice.link()).append("\n\n");
		}
		text.append(footer);
		mail.setText(text.toString());
		try {
			sender.send(mail);
			return true;
		}
		catch (MailException e) {
			log.warn("通知邮件发送失败（收件人 {}）：{}", to, e.getMessage());
			return false;
		}
	}
}
