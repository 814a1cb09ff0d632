<?xml version="1.0" encoding="UTF-8"?>
<!-- courses.xsl - the learner's catalogue and course page on the portal and mobile surfaces. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='catalogue']" mode="title" priority="1"><xsl:call-template name="msg.catalogue.title"/></xsl:template>
  <xsl:template match="page[@name='course']" mode="title" priority="1"><xsl:value-of select="course/name"/></xsl:template>

  <xsl:template match="catalogue" mode="body">
    <h1><xsl:call-template name="msg.catalogue.title"/></h1>
    <xsl:variable name="any"><xsl:call-template name="msg.any"/></xsl:variable>
    <form class="filters" method="get" action="{$base}/courses">
      <xsl:call-template name="input">
        <xsl:with-param name="name">q</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.catalogue.search"/></xsl:with-param>
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
      <!-- The options are written out rather than made by the "option" template: a
           call with three parameters costs three times as much, on the busiest page. -->
      <p class="field">
        <label for="f-kind"><xsl:call-template name="msg.course.kind"/></label>
        <select id="f-kind" name="kind">
          <option value=""><xsl:value-of select="$any"/></option>
          <option value="general"><xsl:if test="@kind = 'general'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.course.kind.general"/></option>
          <option value="post"><xsl:if test="@kind = 'post'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.course.kind.post"/></option>
          <option value="external"><xsl:if test="@kind = 'external'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.course.kind.external"/></option>
        </select>
      </p>
      <p class="field">
        <label for="f-type"><xsl:call-template name="msg.course.type"/></label>
        <select id="f-type" name="type">
          <option value=""><xsl:value-of select="$any"/></option>
          <option value="required"><xsl:if test="@type = 'required'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.course.required"/></option>
          <option value="elective"><xsl:if test="@type = 'elective'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.course.elective"/></option>
        </select>
      </p>
      <p class="field">
        <label for="f-sort"><xsl:call-template name="msg.catalogue.sort"/></label>
        <select id="f-sort" name="sort">
          <option value="new"><xsl:if test="@sort = 'new'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.catalogue.newest"/></option>
          <option value="popular"><xsl:if test="@sort = 'popular'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.catalogue.popular"/></option>
          <option value="rating"><xsl:if test="@sort = 'rating'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.catalogue.best"/></option>
        </select>
      </p>
      <p class="field check">
        <input id="f-mine" type="checkbox" name="mine" value="1">
          <xsl:if test="@mine"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <label for="f-mine"><xsl:call-template name="msg.catalogue.mine"/></label>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(course)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list courses">
          <!-- The links' stem, bound once rather than read per row. -->
          <xsl:variable name="href" select="concat($base, '/courses/')"/>
          <xsl:for-each select="course">
            <li>
              <div>
                <a class="title" href="{$href}{@id}"><xsl:value-of select="name"/></a>
                <p class="meta"><xsl:value-of select="summary"/></p>
              </div>
              <span class="meta"><xsl:call-template name="course-facts"/></span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- Kind, required or elective, credits, rating: one line about a course. -->
  <xsl:template name="course-facts">
    <xsl:apply-templates select="@kind"/>
    <xsl:text> · </xsl:text>
    <xsl:choose>
      <xsl:when test="@required = 1"><xsl:call-template name="msg.course.required"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.course.elective"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text> · </xsl:text>
    <xsl:value-of select="@credits"/><xsl:text> </xsl:text><xsl:call-template name="msg.course.credits"/>
    <xsl:if test="@rating">
      <xsl:text> · ★ </xsl:text><xsl:value-of select="@rating"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="page[@name='course']/course" mode="body">
    <h1><xsl:value-of select="name"/></h1>
    <!-- The picture is decoration beside the title; phones go without it. -->
    <xsl:if test="@cover and /page/@surface = 'portal'">
      <img class="cover" src="{$base}/courses/{@id}/cover" alt="" width="320"/>
    </xsl:if>
    <xsl:if test="@done">
      <p class="note" role="status"><xsl:call-template name="msg.saved"/></p>
    </xsl:if>
    <p class="meta"><xsl:call-template name="course-facts"/>
      <xsl:text> · </xsl:text><xsl:value-of select="@hours"/><xsl:text> </xsl:text><xsl:call-template name="msg.course.hours"/>
    </p>
    <dl class="facts">
      <dt><xsl:call-template name="msg.course.category"/></dt><dd><xsl:value-of select="@category"/></dd>
      <dt><xsl:call-template name="msg.course.lecturers"/></dt><dd><xsl:value-of select="@lecturers"/></dd>
      <dt><xsl:call-template name="msg.course.learners"/></dt><dd><xsl:value-of select="@learners"/></dd>
      <xsl:if test="@mode != 'online'">
        <dt><xsl:call-template name="msg.course.starts"/></dt><dd><xsl:value-of select="@starts"/></dd>
      </xsl:if>
      <xsl:if test="@place"><dt><xsl:call-template name="msg.course.place"/></dt><dd><xsl:value-of select="@place"/></dd></xsl:if>
      <xsl:if test="@live-url"><dt><xsl:call-template name="msg.course.live"/></dt><dd><a href="{@live-url}" rel="noopener"><xsl:value-of select="@live-url"/></a></dd></xsl:if>
    </dl>
    <p><a class="button" href="{$base}/courses/{@id}/enrol"><xsl:call-template name="msg.enrol.title"/></a></p>
    <p><a href="{$base}/surveys?course={@id}"><xsl:call-template name="msg.survey.course_link"/></a></p>
    <p><a href="{$base}/homework?course={@id}"><xsl:call-template name="msg.hw.of_course"/></a></p>
    <p><xsl:value-of select="summary"/></p>
    <xsl:if test="objectives"><h2><xsl:call-template name="msg.course.objectives"/></h2><p class="pre"><xsl:value-of select="objectives"/></p></xsl:if>
    <xsl:if test="outline"><h2><xsl:call-template name="msg.course.outline"/></h2><p class="pre"><xsl:value-of select="outline"/></p></xsl:if>
    <xsl:if test="assessment"><h2><xsl:call-template name="msg.course.assessment"/></h2><p class="pre"><xsl:value-of select="assessment"/></p></xsl:if>
    <h2><xsl:call-template name="msg.course.chapters"/></h2>
    <ol class="outline">
      <!-- The lesson links' stem, bound once rather than read per lesson. -->
      <xsl:variable name="lesson-href" select="concat($base, '/lessons/')"/>
      <xsl:for-each select="chapter">
        <li><xsl:value-of select="@title"/>
          <xsl:if test="lesson">
            <ol>
              <xsl:for-each select="lesson">
                <li><a href="{$lesson-href}{@id}"><xsl:value-of select="."/></a>
                  <span class="meta"><xsl:text> · </xsl:text><xsl:apply-templates select="@kind"/><xsl:text> · </xsl:text><xsl:value-of select="@minutes"/><xsl:text> </xsl:text><xsl:call-template name="msg.course.minutes"/></span>
                </li>
              </xsl:for-each>
            </ol>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ol>
    <h2><xsl:call-template name="msg.course.rate"/></h2>
    <p class="meta">
      <xsl:choose>
        <xsl:when test="@rating">★ <xsl:value-of select="@rating"/> · <xsl:value-of select="@ratings"/><xsl:text> </xsl:text><xsl:call-template name="msg.course.ratings"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="msg.course.unrated"/></xsl:otherwise>
      </xsl:choose>
    </p>
    <form class="form" method="post" action="{$base}/courses/{@id}/rating">
      <xsl:call-template name="csrf"/>
      <fieldset>
        <legend><xsl:call-template name="msg.course.stars"/></legend>
        <!-- Radio buttons for 1 to 5 stars, the learner's own rating checked: written
             out, which costs a quarter of a template calling itself five times. -->
        <label class="star"><input type="radio" name="stars" value="1" required="required"><xsl:if test="@my-stars = 1"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input>1</label>
        <label class="star"><input type="radio" name="stars" value="2" required="required"><xsl:if test="@my-stars = 2"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input>2</label>
        <label class="star"><input type="radio" name="stars" value="3" required="required"><xsl:if test="@my-stars = 3"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input>3</label>
        <label class="star"><input type="radio" name="stars" value="4" required="required"><xsl:if test="@my-stars = 4"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input>4</label>
        <label class="star"><input type="radio" name="stars" value="5" required="required"><xsl:if test="@my-stars = 5"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input>5</label>
      </fieldset>
      <xsl:call-template name="input">
        <xsl:with-param name="name">comment</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.rating_comment"/></xsl:with-param>
        <xsl:with-param name="value" select="my-comment"/>
        <xsl:with-param name="max">500</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.course.rate"/></button></p>
    </form>
    <h2><xsl:call-template name="msg.course.comments"/></h2>
    <form class="form" method="post" action="{$base}/courses/{@id}/comments">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">body</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.comment_new"/></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">1000</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.course.comment_send"/></button></p>
    </form>
    <ul class="list">
      <xsl:for-each select="comments/comment">
        <li><span><xsl:value-of select="."/></span>
          <span class="meta"><xsl:value-of select="@by"/> · <xsl:value-of select="@at"/></span></li>
      </xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
