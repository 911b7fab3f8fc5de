package org.fazhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Fazhi 法治 — the platform on which a department runs its rule-of-law government work. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FazhiApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(FazhiApplication.class);
		if (java.util.Arrays.asList(args).contains("generate")) {
			// the data generator serves nobody: any free port, so that it runs beside a serving node; it exits when done
			app.setDefaultProperties(java.util.Map.of("server.port", "0"));
		}
		app.run(args);
	}
}
