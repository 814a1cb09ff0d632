<?xml version="1.0" encoding="UTF-8"?>
<!-- certificates.xsl - the learner's certificates, one printable on A4, and the public verification page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='certificates']" mode="title"><xsl:call-template name="msg.cert.mine"/></xsl:template>
  <xsl:template match="page[@name='certificate']" mode="title"><xsl:call-template name="msg.cert.title"/></xsl:template>
  <xsl:template match="page[@name='verify']" mode="title"><xsl:call-template name="msg.cert.verify"/></xsl:template>

  <xsl:template match="page[@name='certificates']/certificates" mode="body">
    <h1><xsl:call-template name="msg.cert.mine"/></h1>
    <xsl:choose>
      <xsl:when test="not(certificate)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <xsl:for-each select="certificate">
            <li>
              <a href="{$base}/certificates/{@id}"><xsl:value-of select="@course"/></a>
              <span class="meta"><xsl:value-of select="@issued"/> · <xsl:value-of select="@number"/></span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What a certificate shows; the same on the printed page and on verification. -->
  <xsl:template match="certificate" mode="card">
    <section class="certificate" aria-labelledby="cert-{@id}">
      <p class="cert-org"><xsl:value-of select="/page/org/@name"/></p>
      <h1 id="cert-{@id}"><xsl:call-template name="msg.cert.title"/></h1>
      <p class="cert-text">
        <strong><xsl:value-of select="@name"/></strong>
        <xsl:call-template name="msg.cert.completed"/>
        <strong>《<xsl:value-of select="@course"/>》</strong>
      </p>
      <dl class="facts">
        <dt><xsl:call-template name="msg.course.credits"/></dt><dd><xsl:value-of select="@credits"/></dd>
        <dt><xsl:call-template name="msg.course.hours"/></dt><dd><xsl:value-of select="@hours"/></dd>
        <xsl:if test="@score"><dt><xsl:call-template name="msg.cert.score"/></dt><dd><xsl:value-of select="@score"/></dd></xsl:if>
        <dt><xsl:call-template name="msg.cert.date"/></dt><dd><xsl:value-of select="@issued"/></dd>
        <dt><xsl:call-template name="msg.cert.number"/></dt><dd><xsl:value-of select="@number"/></dd>
      </dl>
      <p class="meta"><xsl:call-template name="msg.cert.check"/><xsl:text> </xsl:text>/verify?no=<xsl:value-of select="@number"/></p>
    </section>
  </xsl:template>

  <xsl:template match="page[@name='certificate']/certificates" mode="body">
    <xsl:apply-templates select="certificate" mode="card"/>
  </xsl:template>

  <xsl:template match="verify" mode="body">
    <h1><xsl:call-template name="msg.cert.verify"/></h1>
    <form class="form" method="get" action="{$base}/verify">
      <xsl:call-template name="input">
        <xsl:with-param name="name">no</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.cert.number"/></xsl:with-param>
        <xsl:with-param name="value" select="@no"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">32</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.cert.verify"/></button></p>
    </form>
    <xsl:choose>
      <xsl:when test="certificate">
        <p class="note" role="status"><xsl:call-template name="msg.cert.valid"/></p>
        <xsl:apply-templates select="certificate" mode="card"/>
      </xsl:when>
      <xsl:when test="@no"><p class="note" role="alert"><xsl:call-template name="msg.cert.invalid"/></p></xsl:when>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
