package org.fazhi.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The checks every route passes through before its handler. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuthorizeFirst());
		registry.addInterceptor(new InputCharacters());
		registry.addInterceptor(new RefusedFormStatus());
	}

	/**
	 * The static files under their own paths only. Spring Boot's default serves them from {@code /**}; with a resource
	 * chain (the webjars are addressed without versions) every link a page renders — each row's {@code /normative/…}
	 * — was then looked up as a possible static file in every jar, a miss that is not cached: at 20 rows, most of a
	 * list page's time (spring.web.resources.add-mappings=false).
	 */
	@Override
	public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
	}
}
