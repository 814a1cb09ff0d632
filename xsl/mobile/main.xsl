<?xml version="1.0" encoding="UTF-8"?>
<!-- mobile/main.xsl - the mobile surface: shared layout plus this surface's navigation. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../common/layout.xsl"/>
  <xsl:include href="../common/courses.xsl"/>
  <xsl:include href="../common/lessons.xsl"/>
  <xsl:include href="../common/learning.xsl"/>
  <xsl:include href="../common/certificates.xsl"/>
  <xsl:include href="../common/archive.xsl"/>
  <xsl:include href="../common/micro.xsl"/>
  <xsl:include href="../common/resources.xsl"/>
  <xsl:include href="../common/exams.xsl"/>
  <xsl:include href="../common/homework.xsl"/>
  <xsl:include href="../common/surveys.xsl"/>

  <xsl:template name="nav">
    <xsl:variable name="label"><xsl:call-template name="msg.nav.label"/></xsl:variable>
    <nav aria-label="{$label}">
      <a href="{$base}/"><xsl:call-template name="msg.nav.home"/></a>
      <!-- One test for all the signed-in links: each test is an XPath evaluation. -->
      <xsl:if test="/page/user">
        <a href="{$base}/learning"><xsl:call-template name="msg.nav.learning"/></a>
        <a href="{$base}/courses"><xsl:call-template name="msg.catalogue.title"/></a>
        <a href="{$base}/exams"><xsl:call-template name="msg.nav.exams"/></a>
        <a href="{$base}/micro"><xsl:call-template name="msg.micro.title"/></a>
        <a href="{$base}/resources"><xsl:call-template name="msg.res.title"/></a>
        <a href="{$base}/surveys"><xsl:call-template name="msg.survey.title"/></a>
        <a href="{$base}/messages"><xsl:call-template name="msg.nav.inbox"/></a>
        <a href="{$base}/profile"><xsl:call-template name="msg.profile.title"/></a>
      </xsl:if>
      <a href="/"><xsl:call-template name="msg.nav.portal"/></a>
    </nav>
  </xsl:template>
</xsl:stylesheet>
