<?xml version="1.0" encoding="UTF-8"?>
<!-- resources.xsl - the back office's resource library: list with filters, upload, editor with
     lifecycle, new versions and their history. Shares the names of kinds and sizes with the
     learners' pages. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../common/resources.xsl"/>

  <xsl:template match="page[@name='resource-list']" mode="title"><xsl:call-template name="msg.res.title"/></xsl:template>
  <xsl:template match="page[@name='resource-edit']" mode="title">
    <xsl:choose>
      <xsl:when test="resource-edit/resource"><xsl:value-of select="resource-edit/resource/title"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.res.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="resource-status">
    <xsl:param name="s" select="@status"/>
    <xsl:choose>
      <xsl:when test="$s = 'draft'"><xsl:call-template name="msg.res.status.draft"/></xsl:when>
      <xsl:when test="$s = 'review'"><xsl:call-template name="msg.res.status.review"/></xsl:when>
      <xsl:when test="$s = 'published'"><xsl:call-template name="msg.res.status.published"/></xsl:when>
      <xsl:when test="$s = 'returned'"><xsl:call-template name="msg.res.status.returned"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.res.status.deleted"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page[@name='resource-list']/resources" mode="body">
    <h1><xsl:call-template name="msg.res.title"/></h1>
    <p><a class="button" href="{$base}/resources/new"><xsl:call-template name="msg.res.new"/></a></p>
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
        <label for="f-status"><xsl:call-template name="msg.field.status"/></label>
        <select id="f-status" name="status">
          <option value=""><xsl:value-of select="$any"/></option>
          <xsl:call-template name="res-status-option"><xsl:with-param name="v">draft</xsl:with-param></xsl:call-template>
          <xsl:call-template name="res-status-option"><xsl:with-param name="v">review</xsl:with-param></xsl:call-template>
          <xsl:call-template name="res-status-option"><xsl:with-param name="v">published</xsl:with-param></xsl:call-template>
          <xsl:call-template name="res-status-option"><xsl:with-param name="v">returned</xsl:with-param></xsl:call-template>
          <xsl:call-template name="res-status-option"><xsl:with-param name="v">deleted</xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p class="field">
        <label for="f-sort"><xsl:call-template name="msg.catalogue.sort"/></label>
        <select id="f-sort" name="sort">
          <xsl:call-template name="option"><xsl:with-param name="v">new</xsl:with-param><xsl:with-param name="cur" select="@sort"/><xsl:with-param name="label"><xsl:call-template name="msg.res.sort.new"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">title</xsl:with-param><xsl:with-param name="cur" select="@sort"/><xsl:with-param name="label"><xsl:call-template name="msg.res.sort.title"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">downloads</xsl:with-param><xsl:with-param name="cur" select="@sort"/><xsl:with-param name="label"><xsl:call-template name="msg.res.popular"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(resource)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <!-- A list, not a table: it folds to one column on a phone. -->
        <ul class="list resources">
          <xsl:for-each select="resource">
            <li>
              <div>
                <a href="{$base}/resources/{@id}"><xsl:value-of select="title"/></a>
                <p class="meta"><xsl:call-template name="resource-category"/>
                  <xsl:text> · </xsl:text><xsl:call-template name="resource-kind"/>
                  <xsl:text> · </xsl:text><xsl:call-template name="resource-size"/>
                  <xsl:text> · </xsl:text><xsl:value-of select="@uploader"/></p>
              </div>
              <span class="meta">
                <xsl:choose>
                  <xsl:when test="@deleted"><xsl:call-template name="msg.res.status.deleted"/></xsl:when>
                  <xsl:otherwise><xsl:call-template name="resource-status"/></xsl:otherwise>
                </xsl:choose>
                <xsl:text> · </xsl:text><xsl:call-template name="msg.res.version"/><xsl:text> </xsl:text><xsl:value-of select="@version"/>
                <xsl:text> · </xsl:text><xsl:call-template name="msg.res.downloads"/><xsl:text> </xsl:text><xsl:value-of select="@downloads"/>
                <xsl:text> · </xsl:text><xsl:value-of select="@updated"/>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template name="res-status-option">
    <xsl:param name="v"/>
    <xsl:call-template name="option">
      <xsl:with-param name="v" select="$v"/>
      <xsl:with-param name="cur" select="/page/resources/@status"/>
      <xsl:with-param name="label"><xsl:call-template name="resource-status"><xsl:with-param name="s" select="$v"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The file chooser, with its hint and its refusal. -->
  <xsl:template name="resource-file">
    <xsl:variable name="err" select="/page/errors/error[@field = 'file']"/>
    <p class="field">
      <label for="f-file"><xsl:call-template name="msg.res.file"/></label>
      <input id="f-file" name="file" type="file" required="required" aria-describedby="f-file-hint">
        <xsl:if test="$err">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">f-file-hint e-file</xsl:attribute>
        </xsl:if>
      </input>
      <span class="hint" id="f-file-hint"><xsl:call-template name="msg.res.file_hint"/></span>
      <xsl:if test="$err"><span class="ferr" id="e-file"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </p>
  </xsl:template>

  <xsl:template match="resource-edit" mode="body">
    <xsl:variable name="r" select="resource"/>
    <h1>
      <xsl:choose>
        <xsl:when test="$r"><xsl:value-of select="$r/title"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="msg.res.new"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:if test="$r/@done = 'created'"><p class="note" role="status"><xsl:call-template name="msg.res.created"/></p></xsl:if>
    <xsl:if test="$r/@done and $r/@done != 'created'"><p class="note" role="status"><xsl:call-template name="msg.saved"/></p></xsl:if>
    <xsl:for-each select="$r"><xsl:call-template name="resource-summary"/></xsl:for-each>
    <xsl:variable name="action">
      <xsl:value-of select="$base"/>/resources<xsl:if test="$r">/<xsl:value-of select="$r/@id"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="choose"><xsl:call-template name="msg.choose"/></xsl:variable>
    <xsl:if test="not($r/@deleted)">
      <form class="form" method="post" action="{$action}">
        <xsl:if test="not($r)"><xsl:attribute name="enctype">multipart/form-data</xsl:attribute></xsl:if>
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="input">
          <xsl:with-param name="name">title</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.res.name"/></xsl:with-param>
          <xsl:with-param name="value" select="$r/title"/>
          <xsl:with-param name="required">1</xsl:with-param>
          <xsl:with-param name="max">200</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">summary</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.res.summary"/></xsl:with-param>
          <xsl:with-param name="value" select="$r/summary"/>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">category</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.course.category"/></xsl:with-param>
          <xsl:with-param name="items" select="/page/categories/category"/>
          <xsl:with-param name="value" select="$r/@category-id"/>
          <xsl:with-param name="any" select="$choose"/>
          <xsl:with-param name="required">1</xsl:with-param>
        </xsl:call-template>
        <xsl:if test="not($r)"><xsl:call-template name="resource-file"/></xsl:if>
        <p class="meta"><xsl:call-template name="msg.res.rule"/></p>
        <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
      </form>
      <xsl:if test="$r">
        <h2><xsl:call-template name="msg.res.replace"/></h2>
        <form class="form" method="post" action="{$action}/file" enctype="multipart/form-data">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="resource-file"/>
          <p><button type="submit"><xsl:call-template name="msg.res.replace"/></button></p>
        </form>
      </xsl:if>
    </xsl:if>
    <xsl:if test="$r">
      <h2><xsl:call-template name="msg.res.versions"/></h2>
      <ol class="list versions">
        <xsl:for-each select="$r">
          <li>
            <div><xsl:call-template name="msg.res.version"/><xsl:text> </xsl:text><xsl:value-of select="@version"/>
              <xsl:text> · </xsl:text><xsl:value-of select="title"/>
              <p class="meta"><a href="{$base}/resources/{@id}/file"><xsl:value-of select="@file-name"/></a>
                <xsl:text> · </xsl:text><xsl:call-template name="resource-size"/>
                <xsl:text> · </xsl:text><xsl:call-template name="resource-category"/></p>
            </div>
            <span class="meta"><xsl:value-of select="@version-by"/><xsl:text> · </xsl:text><xsl:value-of select="@version-at"/></span>
          </li>
        </xsl:for-each>
        <xsl:for-each select="versions/version">
          <li>
            <div><xsl:call-template name="msg.res.version"/><xsl:text> </xsl:text><xsl:value-of select="@version"/>
              <xsl:text> · </xsl:text><xsl:value-of select="."/>
              <p class="meta"><a href="{$base}/resources/{$r/@id}/versions/{@version}/file"><xsl:value-of select="@file-name"/></a>
                <xsl:text> · </xsl:text><xsl:call-template name="resource-size"/>
                <xsl:text> · </xsl:text><xsl:call-template name="resource-category"/></p>
            </div>
            <span class="meta"><xsl:value-of select="@made-by"/><xsl:text> · </xsl:text><xsl:value-of select="@made-at"/>
              <xsl:text> · </xsl:text><xsl:call-template name="msg.res.replaced"/><xsl:text> </xsl:text><xsl:value-of select="@replaced-by"/>
              <xsl:text> · </xsl:text><xsl:value-of select="@replaced-at"/></span>
          </li>
        </xsl:for-each>
      </ol>
    </xsl:if>
  </xsl:template>

  <!-- Where the resource stands, and the moves it can make now; the server decides who may. -->
  <xsl:template name="resource-summary">
    <p class="meta">
      <xsl:call-template name="msg.field.status"/>: <xsl:call-template name="resource-status"/>
      · <xsl:call-template name="msg.res.version"/><xsl:text> </xsl:text><xsl:value-of select="@version"/>
      · <xsl:call-template name="msg.res.uploader"/>: <xsl:value-of select="@uploader"/>
      · <xsl:call-template name="msg.res.downloads"/>: <xsl:value-of select="@downloads"/>
      · <a href="{$base}/resources/{@id}/file"><xsl:call-template name="msg.res.download"/></a>
    </p>
    <xsl:if test="@reason">
      <p class="warn"><xsl:call-template name="msg.res.reason"/>: <xsl:value-of select="@reason"/></p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="@deleted">
        <p class="warn"><xsl:call-template name="msg.res.deleted"/> · <xsl:value-of select="@deleted"/> · <xsl:value-of select="@deleted-by"/></p>
        <xsl:if test="contains(/page/user/@roles, 'admin')">
          <form class="inline-form" method="post" action="{$base}/resources/{@id}/restore">
            <xsl:call-template name="csrf"/>
            <button><xsl:call-template name="msg.res.restore"/></button>
          </form>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <form class="inline-form" method="post" action="{$base}/resources/{@id}/state">
          <xsl:call-template name="csrf"/>
          <xsl:choose>
            <xsl:when test="@status = 'draft' or @status = 'returned'">
              <button name="action" value="submit"><xsl:call-template name="msg.res.submit"/></button>
            </xsl:when>
            <xsl:when test="@status = 'review'">
              <button name="action" value="approve"><xsl:call-template name="msg.res.approve"/></button>
              <label for="f-reason"><xsl:call-template name="msg.res.reason"/></label>
              <input id="f-reason" name="reason" maxlength="500"/>
              <button name="action" value="return"><xsl:call-template name="msg.res.return"/></button>
              <button name="action" value="withdraw"><xsl:call-template name="msg.res.withdraw"/></button>
            </xsl:when>
            <xsl:otherwise>
              <label for="f-reason"><xsl:call-template name="msg.res.reason"/></label>
              <input id="f-reason" name="reason" maxlength="500"/>
              <button name="action" value="unpublish"><xsl:call-template name="msg.res.unpublish"/></button>
            </xsl:otherwise>
          </xsl:choose>
        </form>
        <form class="inline-form" method="post" action="{$base}/resources/{@id}/delete">
          <xsl:call-template name="csrf"/>
          <button><xsl:call-template name="msg.res.delete"/></button>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
