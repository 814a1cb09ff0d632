<?xml version="1.0" encoding="UTF-8"?>
<!-- en.xsl - the English message catalogue: one named template per message. lmsd includes it
     into each surface's stylesheet at compile time and reads the err.* texts itself. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="msg.skip">Skip to content</xsl:template>
  <xsl:template name="msg.footer">Learning platform · never stop learning</xsl:template>
  <xsl:template name="msg.lang.label">Interface language</xsl:template>
  <xsl:template name="msg.nav.label">Main navigation</xsl:template>
  <xsl:template name="msg.nav.home">Home</xsl:template>
  <xsl:template name="msg.nav.mobile">Mobile view</xsl:template>
  <xsl:template name="msg.nav.portal">Desktop view</xsl:template>
  <xsl:template name="msg.home.title">Home</xsl:template>
  <xsl:template name="msg.home.announcements">Announcements</xsl:template>
  <xsl:template name="msg.home.courses">Newest courses</xsl:template>
  <xsl:template name="msg.empty">Nothing here yet.</xsl:template>
  <xsl:template name="msg.course.required">Required</xsl:template>
  <xsl:template name="msg.course.elective">Elective</xsl:template>
  <xsl:template name="msg.course.credits">credits</xsl:template>
  <xsl:template name="msg.course.kind.external">External</xsl:template>
  <xsl:template name="msg.course.kind.general">General</xsl:template>
  <xsl:template name="msg.course.kind.post">Post-specific</xsl:template>
  <xsl:template name="msg.errors.title">Please correct the following:</xsl:template>
  <xsl:template name="msg.error.home">Back to the home page</xsl:template>
  <xsl:template name="msg.error.400.title">Bad request</xsl:template>
  <xsl:template name="msg.error.400.text">What was sent cannot be processed; please check it and try again.</xsl:template>
  <xsl:template name="msg.error.403.title">Forbidden</xsl:template>
  <xsl:template name="msg.error.403.text">You may not do this, or the page has expired; reload it and try again.</xsl:template>
  <xsl:template name="msg.error.404.title">Page not found</xsl:template>
  <xsl:template name="msg.error.404.text">The page you asked for does not exist or has been removed.</xsl:template>
  <xsl:template name="msg.error.405.title">Method not allowed</xsl:template>
  <xsl:template name="msg.error.405.text">This page does not accept that kind of request.</xsl:template>
  <xsl:template name="msg.error.413.title">Too large</xsl:template>
  <xsl:template name="msg.error.413.text">What was sent is larger than allowed.</xsl:template>
  <xsl:template name="msg.error.500.title">Internal error</xsl:template>
  <xsl:template name="msg.error.500.text">Something went wrong on our side; please try again later.</xsl:template>
  <xsl:template name="msg.error.503.title">Service unavailable</xsl:template>
  <xsl:template name="msg.error.503.text">The platform is busy or under maintenance; please try again shortly.</xsl:template>
  <xsl:template name="err.required">This field is required</xsl:template>
  <xsl:template name="err.too_long">Too long</xsl:template>
  <xsl:template name="err.too_short">Too short</xsl:template>
  <xsl:template name="err.bad_utf8">Not valid UTF-8 text</xsl:template>
  <xsl:template name="err.bad_charset">Contains characters that are not allowed</xsl:template>
  <xsl:template name="err.out_of_range">Out of the allowed range</xsl:template>
  <xsl:template name="err.bad_format">Not in the expected format</xsl:template>
  <xsl:template name="err.not_allowed">Not an allowed value</xsl:template>
</xsl:stylesheet>
