<?xml version="1.0" encoding="UTF-8"?>
<!-- resources.xsl - the resource library (资源库) for learners on the portal and mobile surfaces:
     browse and search, a resource's page with its download; and the names the back office shares. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='resources']" mode="title"><xsl:call-template name="msg.res.title"/></xsl:template>
  <xsl:template match="page[@name='resource']" mode="title"><xsl:value-of select="resource/title"/></xsl:template>

  <!-- The kind of a stored file (its @file-kind). -->
  <xsl:template name="resource-kind">
    <xsl:param name="k" select="@file-kind"/>
    <xsl:choose>
      <xsl:when test="$k = 'pdf'"><xsl:call-template name="msg.res.kind.pdf"/></xsl:when>
      <xsl:when test="$k = 'office'"><xsl:call-template name="msg.res.kind.office"/></xsl:when>
      <xsl:when test="$k = 'video'"><xsl:call-template name="msg.res.kind.video"/></xsl:when>
      <xsl:when test="$k = 'image'"><xsl:call-template name="msg.res.kind.image"/></xsl:when>
      <xsl:when test="$k = 'archive'"><xsl:call-template name="msg.res.kind.archive"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.res.kind.text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A size in bytes as KB or MB. -->
  <xsl:template name="resource-size">
    <xsl:param name="b" select="@size"/>
    <xsl:choose>
      <xsl:when test="$b &gt;= 1048576"><xsl:value-of select="format-number($b div 1048576, '#,##0.0')"/> MB</xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($b div 1024, '#,##0.0')"/> KB</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="resource-category">
    <xsl:choose>
      <xsl:when test="@category"><xsl:value-of select="@category"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.res.uncategorised"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Category, kind, size, downloads: one line about a resource. -->
  <xsl:template name="resource-facts">
    <xsl:call-template name="resource-category"/>
    <xsl:text> · </xsl:text><xsl:call-template name="resource-kind"/>
    <xsl:text> · </xsl:text><xsl:call-template name="resource-size"/>
    <xsl:text> · </xsl:text><xsl:call-template name="msg.res.downloads"/><xsl:text> </xsl:text><xsl:value-of select="@downloads"/>
  </xsl:template>

  <xsl:template match="page[@name='resources']/resources" mode="body">
    <h1><xsl:call-template name="msg.res.title"/></h1>
    <xsl:variable name="any"><xsl:call-template name="msg.any"/></xsl:variable>
    <form class="filters" method="get" action="{$base}/resources">
      <xsl:call-template name="input">
        <xsl:with-param name="name">q</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.res.search"/></xsl:with-param>
        <xsl:with-param name="type">search</xsl:with-param>
        <xsl:with-param name="value" select="@q"/>
        <xsl:with-param name="max">64</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">cat</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.category"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/categories/category"/>
        <xsl:with-param name="value" select="@cat"/>
        <xsl:with-param name="any" select="$any"/>
      </xsl:call-template>
      <p class="field">
        <label for="f-sort"><xsl:call-template name="msg.catalogue.sort"/></label>
        <select id="f-sort" name="sort">
          <xsl:call-template name="option"><xsl:with-param name="v">new</xsl:with-param><xsl:with-param name="cur" select="@sort"/><xsl:with-param name="label"><xsl:call-template name="msg.res.newest"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">popular</xsl:with-param><xsl:with-param name="cur" select="@sort"/><xsl:with-param name="label"><xsl:call-template name="msg.res.popular"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(resource)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list resources">
          <xsl:for-each select="resource">
            <li>
              <div>
                <a class="title" href="{$base}/resources/{@id}"><xsl:value-of select="title"/></a>
                <xsl:if test="summary != ''"><p class="meta"><xsl:value-of select="summary"/></p></xsl:if>
              </div>
              <span class="meta"><xsl:call-template name="resource-facts"/></span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="page[@name='resource']/resource" mode="body">
    <h1><xsl:value-of select="title"/></h1>
    <xsl:if test="@status != 'published' or @deleted">
      <p class="warn" role="status"><xsl:call-template name="msg.res.not_published"/></p>
    </xsl:if>
    <xsl:if test="summary != ''"><p class="pre"><xsl:value-of select="summary"/></p></xsl:if>
    <dl class="facts">
      <dt><xsl:call-template name="msg.course.category"/></dt><dd><xsl:call-template name="resource-category"/></dd>
      <dt><xsl:call-template name="msg.res.kind"/></dt><dd><xsl:call-template name="resource-kind"/></dd>
      <dt><xsl:call-template name="msg.res.file_name"/></dt><dd><xsl:value-of select="@file-name"/></dd>
      <dt><xsl:call-template name="msg.res.size"/></dt><dd><xsl:call-template name="resource-size"/></dd>
      <dt><xsl:call-template name="msg.res.version"/></dt><dd><xsl:value-of select="@version"/></dd>
      <dt><xsl:call-template name="msg.res.uploader"/></dt><dd><xsl:value-of select="@uploader"/></dd>
      <dt><xsl:call-template name="msg.res.published"/></dt>
      <dd><xsl:choose>
          <xsl:when test="@published"><xsl:value-of select="substring(@published, 1, 10)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="substring(@created, 1, 10)"/></xsl:otherwise>
        </xsl:choose></dd>
      <dt><xsl:call-template name="msg.res.downloads"/></dt><dd><xsl:value-of select="@downloads"/></dd>
    </dl>
    <p><a class="button" href="{$base}/resources/{@id}/file" download="{@file-name}"><xsl:call-template name="msg.res.download"/></a></p>
    <p><a href="{$base}/resources"><xsl:call-template name="msg.res.back"/></a></p>
  </xsl:template>
</xsl:stylesheet>
