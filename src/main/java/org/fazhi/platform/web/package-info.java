/** Page support every module's controllers use: forms, actions, downloads, problems, navigation, the layout. */
@NamedInterface("web")
package org.fazhi.platform.web;

import org.springframework.modulith.NamedInterface;
