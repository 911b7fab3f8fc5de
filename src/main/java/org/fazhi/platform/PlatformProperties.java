package org.fazhi.platform;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation-wide settings.
 * @param timeZone the zone in which "today" is reckoned (Asia/Shanghai: statutory days are Beijing days)
 * @param demo whether the 2019 demonstration data is loaded at start (default profile only)
 * @param baseUrl the address users reach the platform at, used in e-mail links
 * @param tls whether users reach the platform over HTTPS (directly or through a proxy that ends TLS): turns on HSTS
 *     and Secure cookies
 */
@ConfigurationProperties("fazhi")
public record PlatformProperties(@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue Demo demo,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("false") boolean tls) {

	public record Demo(@DefaultValue("false") boolean enabled) {
	}
}
