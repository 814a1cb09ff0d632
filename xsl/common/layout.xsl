<?xml version="1.0" encoding="UTF-8"?>
<!-- layout.xsl - what every surface shares: the page skeleton, header, language switch,
     error page and the lists of the home page. Each surface's main.xsl includes it and
     sets $css-class; the catalogue (i18n/LANG.xsl) is included by lmsd at compile time. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="account.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <!-- Strings, not the attributes: each use (some per row) is then a copy of the
       string rather than of a node-set converted anew. -->
  <xsl:variable name="base" select="string(/page/@base)"/>
  <xsl:variable name="csrf" select="string(/page/@csrf)"/>

  <xsl:template match="/page">
    <html lang="{@lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:apply-templates select="." mode="title"/>
          <xsl:text> · </xsl:text>
          <xsl:value-of select="org/@name"/>
        </title>
        <link rel="icon" href="data:,"/>
        <link rel="stylesheet" href="/static/{@surface}.css?v={@asset}"/>
      </head>
      <body>
        <a class="skip" href="#main"><xsl:call-template name="msg.skip"/></a>
        <header class="top">
          <a class="brand" href="{$base}/"><xsl:value-of select="org/@name"/></a>
          <xsl:call-template name="nav"/>
          <xsl:call-template name="account-links"/>
          <xsl:call-template name="lang-switch"/>
        </header>
        <main id="main">
          <xsl:apply-templates select="errors"/>
          <xsl:apply-templates select="*" mode="body"/>
        </main>
        <footer class="foot">
          <xsl:call-template name="msg.footer"/>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="*" mode="body"/>

  <xsl:template name="lang-switch">
    <xsl:variable name="label"><xsl:call-template name="msg.lang.label"/></xsl:variable>
    <form class="lang" method="post" action="{$base}/lang" aria-label="{$label}">
      <input type="hidden" name="csrf" value="{$csrf}"/>
      <input type="hidden" name="back" value="{/page/@path}"/>
      <button name="lang" value="zh-CN" lang="zh-CN">中文</button>
      <button name="lang" value="en" lang="en">English</button>
    </form>
  </xsl:template>

  <!-- Field errors, each a link to its field (which shows the message again beside it). -->
  <xsl:template match="errors">
    <div class="errors" role="alert">
      <p><xsl:call-template name="msg.errors.title"/></p>
      <ul>
        <xsl:for-each select="error">
          <li><a href="#f-{@field}"><xsl:value-of select="."/></a></li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>

  <!-- Which rows of a paged list show (its @from, @to, @total or @more, from xml_pager). -->
  <xsl:template name="list-range">
    <xsl:if test="@from">
      <p class="meta" role="status">
        <xsl:call-template name="msg.list.range">
          <xsl:with-param name="from" select="@from"/>
          <xsl:with-param name="to" select="@to"/>
          <xsl:with-param name="total" select="@total"/>
        </xsl:call-template>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- Previous and next pages of a list, keeping its filters (@query is URL-encoded). -->
  <xsl:template name="pager">
    <xsl:if test="@page &gt; 1 or @more">
      <!-- Bound only when there is a pager to show: most lists fit on one page. -->
      <xsl:variable name="label"><xsl:call-template name="msg.pages"/></xsl:variable>
      <xsl:variable name="q"><xsl:if test="@query != ''"><xsl:value-of select="@query"/>&amp;</xsl:if></xsl:variable>
      <nav class="pager" aria-label="{$label}">
        <xsl:if test="@page &gt; 1">
          <a rel="prev" href="?{$q}page={@page - 1}"><xsl:call-template name="msg.prev"/></a>
        </xsl:if>
        <span><xsl:value-of select="@page"/></span>
        <xsl:if test="@more">
          <a rel="next" href="?{$q}page={@page + 1}"><xsl:call-template name="msg.next"/></a>
        </xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- Titles of pages, one template per page name. libxslt tries the page[@name=...]
       patterns one by one, the last declared first; the busiest pages' titles (home,
       people, catalogue, course, My learning, an assignment's progress) have priority 1
       so that they are tried before the seventy others. -->
  <xsl:template match="page[@name='home']" mode="title" priority="1">
    <xsl:call-template name="msg.home.title"/>
  </xsl:template>
  <xsl:template match="page[@name='error']" mode="title">
    <xsl:apply-templates select="error-page" mode="title"/>
  </xsl:template>

  <!-- The error page: status, what it means, a way home. -->
  <xsl:template match="error-page" mode="body">
    <h1><xsl:apply-templates select="." mode="title"/></h1>
    <p><xsl:apply-templates select="." mode="text"/></p>
    <p><a href="{$base}/"><xsl:call-template name="msg.error.home"/></a></p>
  </xsl:template>

  <xsl:template match="error-page" mode="title">
    <xsl:value-of select="@status"/>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="@status = 400"><xsl:call-template name="msg.error.400.title"/></xsl:when>
      <xsl:when test="@status = 403"><xsl:call-template name="msg.error.403.title"/></xsl:when>
      <xsl:when test="@status = 404"><xsl:call-template name="msg.error.404.title"/></xsl:when>
      <xsl:when test="@status = 405"><xsl:call-template name="msg.error.405.title"/></xsl:when>
      <xsl:when test="@status = 409"><xsl:call-template name="msg.error.409.title"/></xsl:when>
      <xsl:when test="@status = 410"><xsl:call-template name="msg.error.410.title"/></xsl:when>
      <xsl:when test="@status = 413"><xsl:call-template name="msg.error.413.title"/></xsl:when>
      <xsl:when test="@status = 415"><xsl:call-template name="msg.error.415.title"/></xsl:when>
      <xsl:when test="@status = 503"><xsl:call-template name="msg.error.503.title"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.error.500.title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="error-page" mode="text">
    <xsl:choose>
      <xsl:when test="@status = 400"><xsl:call-template name="msg.error.400.text"/></xsl:when>
      <xsl:when test="@status = 403"><xsl:call-template name="msg.error.403.text"/></xsl:when>
      <xsl:when test="@status = 404"><xsl:call-template name="msg.error.404.text"/></xsl:when>
      <xsl:when test="@status = 405"><xsl:call-template name="msg.error.405.text"/></xsl:when>
      <xsl:when test="@status = 409"><xsl:call-template name="msg.error.409.text"/></xsl:when>
      <xsl:when test="@status = 410"><xsl:call-template name="msg.error.410.text"/></xsl:when>
      <xsl:when test="@status = 413"><xsl:call-template name="msg.error.413.text"/></xsl:when>
      <xsl:when test="@status = 415"><xsl:call-template name="msg.error.415.text"/></xsl:when>
      <xsl:when test="@status = 503"><xsl:call-template name="msg.error.503.text"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.error.500.text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The home page: announcements and the newest courses. -->
  <xsl:template match="home" mode="body">
    <h1 class="sr"><xsl:call-template name="msg.home.title"/></h1>
    <section aria-labelledby="h-ann">
      <h2 id="h-ann"><xsl:call-template name="msg.home.announcements"/></h2>
      <xsl:apply-templates select="announcements"/>
    </section>
    <section aria-labelledby="h-new">
      <h2 id="h-new"><xsl:call-template name="msg.home.courses"/></h2>
      <xsl:apply-templates select="courses"/>
    </section>
  </xsl:template>

  <xsl:template match="announcements[not(announcement)] | courses[not(course)]">
    <p class="empty"><xsl:call-template name="msg.empty"/></p>
  </xsl:template>

  <xsl:template match="announcements">
    <ul class="list">
      <xsl:for-each select="announcement">
        <li>
          <span class="title"><xsl:value-of select="."/></span>
          <xsl:text> </xsl:text>
          <time class="meta" datetime="{@published}"><xsl:value-of select="@published"/></time>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="courses">
    <ul class="list courses">
      <xsl:for-each select="course">
        <li>
          <span class="title"><xsl:value-of select="."/></span>
          <xsl:text> </xsl:text>
          <span class="meta">
            <xsl:apply-templates select="@kind"/>
            <xsl:text> · </xsl:text>
            <xsl:choose>
              <xsl:when test="@required = 1"><xsl:call-template name="msg.course.required"/></xsl:when>
              <xsl:otherwise><xsl:call-template name="msg.course.elective"/></xsl:otherwise>
            </xsl:choose>
            <xsl:text> · </xsl:text>
            <xsl:value-of select="@credits"/>
            <xsl:text> </xsl:text>
            <xsl:call-template name="msg.course.credits"/>
          </span>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="@kind">
    <xsl:choose>
      <xsl:when test=". = 'external'"><xsl:call-template name="msg.course.kind.external"/></xsl:when>
      <xsl:when test=". = 'post'"><xsl:call-template name="msg.course.kind.post"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.course.kind.general"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
