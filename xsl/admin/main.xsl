<?xml version="1.0" encoding="UTF-8"?>
<!-- admin/main.xsl - the admin surface: shared layout plus this surface's navigation. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../common/layout.xsl"/>
  <xsl:include href="people.xsl"/>
  <xsl:include href="org.xsl"/>
  <xsl:include href="import.xsl"/>
  <xsl:include href="courses.xsl"/>
  <xsl:include href="../common/lessons.xsl"/>
  <xsl:include href="micro.xsl"/>
  <xsl:include href="categories.xsl"/>
  <xsl:include href="enrolments.xsl"/>
  <xsl:include href="../common/archive.xsl"/>
  <xsl:include href="teaching.xsl"/>
  <xsl:include href="questions.xsl"/>
  <xsl:include href="papers.xsl"/>
  <xsl:include href="exams.xsl"/>
  <xsl:include href="resources.xsl"/>
  <xsl:include href="assign.xsl"/>
  <xsl:include href="plans.xsl"/>
  <xsl:include href="homework.xsl"/>
  <xsl:include href="surveys.xsl"/>

  <xsl:template name="nav">
    <xsl:variable name="label"><xsl:call-template name="msg.nav.label"/></xsl:variable>
    <nav aria-label="{$label}">
      <a href="{$base}/"><xsl:call-template name="msg.nav.home"/></a>
      <xsl:variable name="r" select="/page/user/@roles"/>
      <!-- Links behind the same roles share one test: each is an XPath evaluation. -->
      <xsl:if test="contains($r, 'admin') or contains($r, 'head') or contains($r, 'officer') or contains($r, 'mentor')">
        <a href="{$base}/people"><xsl:call-template name="msg.people.title"/></a>
        <a href="{$base}/assignments"><xsl:call-template name="msg.assign.title"/></a>
      </xsl:if>
      <xsl:if test="contains($r, 'admin') or contains($r, 'head') or contains($r, 'officer') or contains($r, 'lecturer')">
        <a href="{$base}/enrolments"><xsl:call-template name="msg.enrolments.title"/></a>
      </xsl:if>
      <xsl:if test="contains($r, 'admin') or contains($r, 'lecturer')">
        <a href="{$base}/courses"><xsl:call-template name="msg.courses.title"/></a>
        <a href="{$base}/teaching"><xsl:call-template name="msg.teaching.title"/></a>
        <a href="{$base}/questions"><xsl:call-template name="msg.questions.title"/></a>
        <a href="{$base}/papers"><xsl:call-template name="msg.paper.title"/></a>
        <a href="{$base}/exams"><xsl:call-template name="msg.examadm.nav"/></a>
        <a href="{$base}/grading"><xsl:call-template name="msg.grading.title"/></a>
        <a href="{$base}/homework"><xsl:call-template name="msg.hw.title"/></a>
        <a href="{$base}/micro?status=submitted"><xsl:call-template name="msg.micro.queue"/></a>
        <a href="{$base}/resources"><xsl:call-template name="msg.res.title"/></a>
      </xsl:if>
      <xsl:if test="contains($r, 'admin')">
        <a href="{$base}/resources?status=review"><xsl:call-template name="msg.res.queue"/></a>
      </xsl:if>
      <xsl:if test="contains($r, 'admin') or contains($r, 'head') or contains($r, 'officer')">
        <a href="{$base}/groups"><xsl:call-template name="msg.groups.title"/></a>
      </xsl:if>
      <xsl:if test="contains($r, 'admin') or contains($r, 'head') or contains($r, 'officer') or contains($r, 'lecturer')">
        <a href="{$base}/surveys"><xsl:call-template name="msg.survey.nav"/></a>
      </xsl:if>
      <xsl:if test="contains($r, 'admin')">
        <a href="{$base}/courses?status=review"><xsl:call-template name="msg.courses.queue"/></a>
        <a href="{$base}/categories"><xsl:call-template name="msg.categories.title"/></a>
        <a href="{$base}/recycle"><xsl:call-template name="msg.recycle.title"/></a>
        <a href="{$base}/registrations"><xsl:call-template name="msg.registrations.title"/></a>
        <a href="{$base}/import"><xsl:call-template name="msg.import.title"/></a>
        <a href="{$base}/org"><xsl:call-template name="msg.org.title"/></a>
        <a href="{$base}/posts"><xsl:call-template name="msg.posts.title"/></a>
        <a href="{$base}/audit"><xsl:call-template name="msg.audit.title"/></a>
        <a href="{$base}/micro/report"><xsl:call-template name="msg.micro.report"/></a>
      </xsl:if>
    </nav>
  </xsl:template>
</xsl:stylesheet>
