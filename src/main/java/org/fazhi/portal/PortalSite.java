package org.fazhi.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a government website shows of itself (政府网站发展指引, 国办发〔2017〕47号): who runs it, its 网站标识码, its ICP and
 * 公安 filing numbers and how to reach the office. A number left empty is not shown.
 * @param agency 主办单位, also named in the header
 * @param siteCode 网站标识码
 * @param icp ICP 备案号
 * @param police 公安机关备案号
 * @param contact 联系我们: address, telephone, e-mail
 */
@ConfigurationProperties("fazhi.portal")
public record PortalSite(@DefaultValue("") String agency, @DefaultValue("") String siteCode,
		@DefaultValue("") String icp, @DefaultValue("") String police, @DefaultValue("") String contact) {
}
