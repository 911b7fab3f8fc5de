package org.fazhi.platform;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every PostgreSQL connection of the pool opens with {@code jit = off}. The planner compiles a statement to machine
 * code once its estimated cost passes {@code jit_above_cost}; a list's or a 工作台's statement over a region's data
 * is estimated that high although it reads a few thousand rows by index, and the compilation cost more than the
 * statement itself (1.4 s for the 工作台's tasks, against 20 ms without). The statements here are short; none gains
 * from compiling. However the database is configured (profile, URL, environment), the pool does this.
 */
@Configuration(proxyBeanMethods = false)
class PostgresSessions {

	static final String INIT = "set jit = off";

	@Bean
	static BeanPostProcessor postgresWithoutJit() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
					pool.setConnectionInitSql(INIT);
				}
				return bean;
			}
		};
	}
}
