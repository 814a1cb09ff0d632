<?xml version="1.0" encoding="UTF-8"?>
<!-- courses.xsl - the back office's course builder: list, recycle bin, editor with outline and lifecycle. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='courses']" mode="title"><xsl:call-template name="msg.courses.title"/></xsl:template>
  <xsl:template match="page[@name='recycle']" mode="title"><xsl:call-template name="msg.recycle.title"/></xsl:template>
  <xsl:template match="page[@name='course-edit']" mode="title">
    <xsl:choose>
      <xsl:when test="course-edit/@id"><xsl:value-of select="course-edit/@name"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.courses.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Called per row of the course list: most courses are published, tested first. -->
  <xsl:template name="course-status">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'published'"><xsl:call-template name="msg.course.status.published"/></xsl:when>
      <xsl:when test="$s = 'draft'"><xsl:call-template name="msg.course.status.draft"/></xsl:when>
      <xsl:when test="$s = 'review'"><xsl:call-template name="msg.course.status.review"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.course.status.archived"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page[@name='courses' or @name='recycle']/courses" mode="body">
    <xsl:variable name="bin" select="/page/@name = 'recycle'"/>
    <h1>
      <xsl:choose>
        <xsl:when test="$bin"><xsl:call-template name="msg.recycle.title"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="msg.courses.title"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:if test="not($bin)">
      <p><a class="button" href="{$base}/courses/new"><xsl:call-template name="msg.courses.new"/></a></p>
    </xsl:if>
    <xsl:variable name="any"><xsl:call-template name="msg.any"/></xsl:variable>
    <form class="filters" method="get" action="{$base}{/page/@path}">
      <xsl:call-template name="input">
        <xsl:with-param name="name">q</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.catalogue.search"/></xsl:with-param>
        <xsl:with-param name="type">search</xsl:with-param>
        <xsl:with-param name="value" select="@q"/>
      </xsl:call-template>
      <p class="field">
        <label for="f-status"><xsl:call-template name="msg.field.status"/></label>
        <select id="f-status" name="status">
          <option value=""><xsl:value-of select="$any"/></option>
          <xsl:call-template name="status-options"><xsl:with-param name="cur" select="@status"/></xsl:call-template>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(course)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.courses.name"/></th>
            <th scope="col"><xsl:call-template name="msg.field.status"/></th>
            <th scope="col"><xsl:call-template name="msg.course.category"/></th>
            <th scope="col"><xsl:call-template name="msg.course.kind"/></th>
            <th scope="col"><xsl:call-template name="msg.course.credits"/></th>
            <th scope="col">
              <xsl:choose>
                <xsl:when test="$bin"><xsl:call-template name="msg.recycle.deleted"/></xsl:when>
                <xsl:otherwise><xsl:call-template name="msg.courses.updated"/></xsl:otherwise>
              </xsl:choose>
            </th>
          </tr></thead>
          <tbody>
            <!-- The links' stem, bound once rather than read per row. -->
            <xsl:variable name="href" select="concat($base, '/courses/')"/>
            <xsl:for-each select="course">
              <tr>
                <td>
                  <xsl:choose>
                    <xsl:when test="$bin"><xsl:value-of select="."/></xsl:when>
                    <xsl:otherwise><a href="{$href}{@id}"><xsl:value-of select="."/></a></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td><xsl:call-template name="course-status"><xsl:with-param name="s" select="@status"/></xsl:call-template></td>
                <td><xsl:value-of select="@category"/></td>
                <td><xsl:apply-templates select="@kind"/></td>
                <td><xsl:value-of select="@credits"/></td>
                <td>
                  <xsl:choose>
                    <xsl:when test="$bin">
                      <xsl:value-of select="@deleted"/> · <xsl:value-of select="@by"/>
                      <form class="inline" method="post" action="{$base}/recycle/{@id}">
                        <xsl:call-template name="csrf"/>
                        <button><xsl:call-template name="msg.recycle.restore"/></button>
                      </form>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="@updated"/></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template name="status-options">
    <xsl:param name="cur"/>
    <xsl:call-template name="option"><xsl:with-param name="v">draft</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label"><xsl:call-template name="msg.course.status.draft"/></xsl:with-param></xsl:call-template>
    <xsl:call-template name="option"><xsl:with-param name="v">review</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label"><xsl:call-template name="msg.course.status.review"/></xsl:with-param></xsl:call-template>
    <xsl:call-template name="option"><xsl:with-param name="v">published</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label"><xsl:call-template name="msg.course.status.published"/></xsl:with-param></xsl:call-template>
    <xsl:call-template name="option"><xsl:with-param name="v">archived</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label"><xsl:call-template name="msg.course.status.archived"/></xsl:with-param></xsl:call-template>
  </xsl:template>

  <!-- A labelled textarea; what was posted wins over the stored value. -->
  <xsl:template name="textarea">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="id" select="concat('f-', $name)"/>
    <xsl:variable name="posted" select="/page/posted/field[@name = $name]"/>
    <p class="field">
      <label for="{$id}"><xsl:value-of select="$label"/></label>
      <textarea id="{$id}" name="{$name}" rows="3">
        <xsl:choose>
          <xsl:when test="$posted"><xsl:value-of select="$posted"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
        </xsl:choose>
      </textarea>
    </p>
  </xsl:template>

  <!-- A multiple select of one organisation list for the audience (@audience is "dept:3,post:4"). -->
  <xsl:template name="audience">
    <xsl:param name="kind"/>
    <xsl:param name="label"/>
    <xsl:param name="items"/>
    <xsl:variable name="cur" select="concat(',', /page/course-edit/@audience, ',')"/>
    <p class="field">
      <label for="f-aud_{$kind}"><xsl:value-of select="$label"/></label>
      <select id="f-aud_{$kind}" name="aud_{$kind}" multiple="multiple" size="5">
        <xsl:for-each select="$items">
          <option value="{@id}">
            <xsl:if test="contains($cur, concat(',', $kind, ':', @id, ','))"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/>
          </option>
        </xsl:for-each>
      </select>
    </p>
  </xsl:template>

  <xsl:template match="course-edit" mode="body">
    <xsl:variable name="new" select="not(@id)"/>
    <h1>
      <xsl:choose>
        <xsl:when test="$new"><xsl:call-template name="msg.courses.new"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:if test="@done"><p class="note" role="status"><xsl:call-template name="msg.saved"/></p></xsl:if>
    <xsl:if test="not($new)">
      <p class="meta">
        <xsl:call-template name="msg.field.status"/>: <xsl:call-template name="course-status"><xsl:with-param name="s" select="@status"/></xsl:call-template>
        · <xsl:call-template name="msg.courses.version"/> <xsl:value-of select="@version"/>
        · <xsl:call-template name="msg.courses.owner"/>: <xsl:value-of select="@owner"/>
      </p>
      <xsl:call-template name="lifecycle"/>
    </xsl:if>
    <xsl:variable name="action">
      <xsl:choose>
        <xsl:when test="$new"><xsl:value-of select="$base"/>/courses</xsl:when>
        <xsl:otherwise><xsl:value-of select="$base"/>/courses/<xsl:value-of select="@id"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="choose"><xsl:call-template name="msg.choose"/></xsl:variable>
    <form class="form" method="post" action="{$action}" enctype="multipart/form-data">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">name</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.courses.name"/></xsl:with-param>
        <xsl:with-param name="value" select="@name"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">200</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">summary</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.summary"/></xsl:with-param>
        <xsl:with-param name="value" select="@summary"/>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">objectives</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.objectives"/></xsl:with-param>
        <xsl:with-param name="value" select="@objectives"/>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">outline</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.outline"/></xsl:with-param>
        <xsl:with-param name="value" select="@outline"/>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">assessment</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.assessment"/></xsl:with-param>
        <xsl:with-param name="value" select="@assessment"/>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">category</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.category"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/categories/category"/>
        <xsl:with-param name="value" select="@category"/>
        <xsl:with-param name="any" select="$choose"/>
      </xsl:call-template>
      <p class="field">
        <label for="f-cover"><xsl:call-template name="msg.course.cover"/></label>
        <input id="f-cover" name="cover" type="file" accept="image/png,image/jpeg,image/gif,image/webp" aria-describedby="f-cover-hint"/>
        <span class="hint" id="f-cover-hint"><xsl:call-template name="msg.course.cover_hint"/></span>
        <xsl:if test="@cover">
          <img class="cover" src="/courses/{@id}/cover" alt="{@name}" width="160"/>
        </xsl:if>
      </p>
      <xsl:variable name="posted" select="/page/posted/field"/>
      <p class="field">
        <label for="f-kind"><xsl:call-template name="msg.course.kind"/></label>
        <select id="f-kind" name="kind" required="required">
          <xsl:variable name="k" select="($posted[@name='kind'] | @kind)[1]"/>
          <xsl:call-template name="option"><xsl:with-param name="v">general</xsl:with-param><xsl:with-param name="cur" select="$k"/><xsl:with-param name="label"><xsl:call-template name="msg.course.kind.general"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">post</xsl:with-param><xsl:with-param name="cur" select="$k"/><xsl:with-param name="label"><xsl:call-template name="msg.course.kind.post"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">external</xsl:with-param><xsl:with-param name="cur" select="$k"/><xsl:with-param name="label"><xsl:call-template name="msg.course.kind.external"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p class="field">
        <label for="f-type"><xsl:call-template name="msg.course.type"/></label>
        <select id="f-type" name="type" required="required">
          <xsl:variable name="t" select="($posted[@name='type'] | @type)[1]"/>
          <xsl:call-template name="option"><xsl:with-param name="v">elective</xsl:with-param><xsl:with-param name="cur" select="$t"/><xsl:with-param name="label"><xsl:call-template name="msg.course.elective"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">required</xsl:with-param><xsl:with-param name="cur" select="$t"/><xsl:with-param name="label"><xsl:call-template name="msg.course.required"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <xsl:call-template name="input">
        <xsl:with-param name="name">credits</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.credits"/></xsl:with-param>
        <xsl:with-param name="value" select="@credits"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">5</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">hours</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.hours"/></xsl:with-param>
        <xsl:with-param name="value" select="@hours"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">6</xsl:with-param>
      </xsl:call-template>
      <p class="field">
        <label for="f-mode"><xsl:call-template name="msg.course.mode"/></label>
        <select id="f-mode" name="mode" required="required">
          <xsl:variable name="m" select="($posted[@name='mode'] | @mode)[1]"/>
          <xsl:call-template name="option"><xsl:with-param name="v">online</xsl:with-param><xsl:with-param name="cur" select="$m"/><xsl:with-param name="label"><xsl:call-template name="msg.course.mode.online"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">offline</xsl:with-param><xsl:with-param name="cur" select="$m"/><xsl:with-param name="label"><xsl:call-template name="msg.course.mode.offline"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">live</xsl:with-param><xsl:with-param name="cur" select="$m"/><xsl:with-param name="label"><xsl:call-template name="msg.course.mode.live"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p class="field">
        <label for="f-enrol"><xsl:call-template name="msg.course.enrol"/></label>
        <select id="f-enrol" name="enrol">
          <xsl:variable name="e" select="($posted[@name='enrol'] | @enrol)[1]"/>
          <xsl:call-template name="option"><xsl:with-param name="v">open</xsl:with-param><xsl:with-param name="cur" select="$e"/><xsl:with-param name="label"><xsl:call-template name="msg.course.enrol.open"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">approval</xsl:with-param><xsl:with-param name="cur" select="$e"/><xsl:with-param name="label"><xsl:call-template name="msg.course.enrol.approval"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <xsl:call-template name="input">
        <xsl:with-param name="name">starts</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.starts"/></xsl:with-param>
        <xsl:with-param name="type">datetime-local</xsl:with-param>
        <xsl:with-param name="value" select="@starts"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">place</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.place"/></xsl:with-param>
        <xsl:with-param name="value" select="@place"/>
        <xsl:with-param name="max">200</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">live_url</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.live"/></xsl:with-param>
        <xsl:with-param name="type">url</xsl:with-param>
        <xsl:with-param name="value" select="@live_url"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">lecturers</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.courses.lecturer_logins"/></xsl:with-param>
        <xsl:with-param name="value" select="@lecturers"/>
        <xsl:with-param name="max">400</xsl:with-param>
      </xsl:call-template>
      <fieldset>
        <legend><xsl:call-template name="msg.courses.audience"/></legend>
        <xsl:call-template name="audience"><xsl:with-param name="kind">dept</xsl:with-param><xsl:with-param name="label"><xsl:call-template name="msg.field.dept"/></xsl:with-param><xsl:with-param name="items" select="/page/depts/dept[@active = 1]"/></xsl:call-template>
        <xsl:call-template name="audience"><xsl:with-param name="kind">post</xsl:with-param><xsl:with-param name="label"><xsl:call-template name="msg.field.post"/></xsl:with-param><xsl:with-param name="items" select="/page/posts/post[@active = 1]"/></xsl:call-template>
        <xsl:call-template name="audience"><xsl:with-param name="kind">group</xsl:with-param><xsl:with-param name="label"><xsl:call-template name="msg.field.groups"/></xsl:with-param><xsl:with-param name="items" select="/page/groups/group[@active = 1]"/></xsl:call-template>
        <p class="meta"><xsl:call-template name="msg.courses.audience_hint"/></p>
      </fieldset>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
    <xsl:if test="not($new)">
      <xsl:call-template name="outline-editor"/>
      <xsl:if test="reviews/review">
        <h2><xsl:call-template name="msg.courses.reviews"/></h2>
        <ul class="list">
          <xsl:for-each select="reviews/review">
            <li><span><xsl:call-template name="course-status"><xsl:with-param name="s" select="@from"/></xsl:call-template> → <xsl:call-template name="course-status"><xsl:with-param name="s" select="@to"/></xsl:call-template>
              <xsl:if test="@reason"> · <xsl:value-of select="@reason"/></xsl:if></span>
              <span class="meta"><xsl:value-of select="@by"/> · <xsl:value-of select="@at"/></span></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The moves this course can make now; the server decides who may. -->
  <xsl:template name="lifecycle">
    <form class="inline-form" method="post" action="{$base}/courses/{@id}/state">
      <xsl:call-template name="csrf"/>
      <xsl:choose>
        <xsl:when test="@status = 'draft'">
          <button name="action" value="submit"><xsl:call-template name="msg.courses.submit"/></button>
        </xsl:when>
        <xsl:when test="@status = 'review'">
          <button name="action" value="approve"><xsl:call-template name="msg.courses.approve"/></button>
          <label for="f-reason"><xsl:call-template name="msg.courses.reason"/></label>
          <input id="f-reason" name="reason" maxlength="500"/>
          <button name="action" value="return"><xsl:call-template name="msg.courses.return"/></button>
          <button name="action" value="withdraw"><xsl:call-template name="msg.courses.withdraw"/></button>
        </xsl:when>
        <xsl:when test="@status = 'published'">
          <button name="action" value="archive"><xsl:call-template name="msg.courses.archive"/></button>
        </xsl:when>
        <xsl:otherwise>
          <button name="action" value="republish"><xsl:call-template name="msg.courses.republish"/></button>
        </xsl:otherwise>
      </xsl:choose>
    </form>
    <form class="inline-form" method="post" action="{$base}/courses/{@id}/delete">
      <xsl:call-template name="csrf"/>
      <button><xsl:call-template name="msg.courses.delete"/></button>
    </form>
  </xsl:template>

  <xsl:template name="outline-editor">
    <h2><xsl:call-template name="msg.course.chapters"/></h2>
    <ol class="outline">
      <xsl:for-each select="chapter">
        <li>
          <xsl:call-template name="part-form"><xsl:with-param name="path">chapters</xsl:with-param><xsl:with-param name="title" select="@title"/></xsl:call-template>
          <ol>
            <xsl:for-each select="lesson">
              <li>
                <xsl:call-template name="part-form"><xsl:with-param name="path">lessons</xsl:with-param><xsl:with-param name="title" select="."/></xsl:call-template>
                <span class="meta"><xsl:apply-templates select="@kind"/><xsl:text> · </xsl:text><a href="{$base}/lessons/{@id}"><xsl:call-template name="msg.lesson.edit"/></a><xsl:text> · </xsl:text><a href="/lessons/{@id}"><xsl:call-template name="msg.lesson.preview"/></a></span>
              </li>
            </xsl:for-each>
          </ol>
          <form class="inline-form" method="post" action="{$base}/chapters/{@id}/lessons" enctype="multipart/form-data">
            <xsl:call-template name="csrf"/>
            <label for="lt-{@id}"><xsl:call-template name="msg.courses.lesson_title"/></label>
            <input id="lt-{@id}" name="title" maxlength="200" required="required"/>
            <label for="lk-{@id}"><xsl:call-template name="msg.courses.lesson_kind"/></label>
            <select id="lk-{@id}" name="kind">
              <option value="text"><xsl:call-template name="msg.courses.lesson_text"/></option>
              <option value="link"><xsl:call-template name="msg.courses.lesson_link"/></option>
              <option value="video"><xsl:call-template name="msg.lesson.kind.video"/></option>
              <option value="document"><xsl:call-template name="msg.lesson.kind.document"/></option>
              <option value="courseware"><xsl:call-template name="msg.lesson.kind.courseware"/></option>
            </select>
            <label for="lb-{@id}"><xsl:call-template name="msg.courses.lesson_body"/></label>
            <textarea id="lb-{@id}" name="body" rows="3" aria-describedby="lbh-{@id}"></textarea>
            <span class="hint" id="lbh-{@id}"><xsl:call-template name="msg.lesson.body_hint"/></span>
            <label for="lf-{@id}"><xsl:call-template name="msg.lesson.file"/></label>
            <input id="lf-{@id}" name="file" type="file" aria-describedby="lfh-{@id}"/>
            <span class="hint" id="lfh-{@id}"><xsl:call-template name="msg.lesson.file_hint"/></span>
            <label for="lu-{@id}"><xsl:call-template name="msg.courses.lesson_url"/></label>
            <input id="lu-{@id}" name="url" type="url"/>
            <label for="lm-{@id}"><xsl:call-template name="msg.course.minutes"/></label>
            <input id="lm-{@id}" name="minutes" type="number" min="0" max="600"/>
            <input id="lo-{@id}" name="optional" type="checkbox" value="1"/>
            <label for="lo-{@id}"><xsl:call-template name="msg.lesson.optional"/></label>
            <button><xsl:call-template name="msg.courses.lesson_add"/></button>
          </form>
        </li>
      </xsl:for-each>
    </ol>
    <form class="inline-form" method="post" action="{$base}/courses/{@id}/chapters">
      <xsl:call-template name="csrf"/>
      <label for="f-chapter"><xsl:call-template name="msg.courses.chapter_title"/></label>
      <input id="f-chapter" name="title" maxlength="200" required="required"/>
      <button><xsl:call-template name="msg.courses.chapter_add"/></button>
    </form>
  </xsl:template>

  <!-- Rename, move or remove a chapter or lesson. -->
  <xsl:template name="part-form">
    <xsl:param name="path"/>
    <xsl:param name="title"/>
    <form class="inline-form" method="post" action="{$base}/{$path}/{@id}">
      <xsl:call-template name="csrf"/>
      <label class="sr" for="{$path}-{@id}"><xsl:call-template name="msg.courses.rename"/></label>
      <input id="{$path}-{@id}" name="title" value="{$title}" maxlength="200"/>
      <button name="action" value="rename"><xsl:call-template name="msg.courses.rename"/></button>
      <button name="action" value="up"><xsl:call-template name="msg.courses.up"/></button>
      <button name="action" value="down"><xsl:call-template name="msg.courses.down"/></button>
      <button name="action" value="delete"><xsl:call-template name="msg.courses.remove"/></button>
    </form>
  </xsl:template>

  <xsl:template match="page[@name='lesson-edit']" mode="title"><xsl:value-of select="lesson-edit/@title"/></xsl:template>

  <!-- One lesson's content; its kind stays, a file is replaced only when a new one is chosen. -->
  <xsl:template match="lesson-edit" mode="body">
    <p class="meta"><a href="{$base}/courses/{@course}"><xsl:value-of select="@course-name"/></a>
      <xsl:text> · </xsl:text><xsl:value-of select="@chapter"/></p>
    <h1><xsl:value-of select="@title"/></h1>
    <p class="meta"><xsl:apply-templates select="@kind"/><xsl:text> · </xsl:text><a href="/lessons/{@id}"><xsl:call-template name="msg.lesson.preview"/></a></p>
    <form class="form" method="post" action="{$base}/lessons/{@id}/content" enctype="multipart/form-data">
      <xsl:call-template name="csrf"/>
      <input type="hidden" name="kind" value="{@kind}"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">title</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.courses.lesson_title"/></xsl:with-param>
        <xsl:with-param name="value" select="@title"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">200</xsl:with-param>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="@kind = 'text'">
          <xsl:call-template name="textarea">
            <xsl:with-param name="name">body</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.courses.lesson_body"/></xsl:with-param>
            <xsl:with-param name="value" select="body"/>
          </xsl:call-template>
          <p class="hint"><xsl:call-template name="msg.lesson.body_hint"/></p>
        </xsl:when>
        <xsl:when test="@kind = 'link'">
          <xsl:call-template name="input">
            <xsl:with-param name="name">url</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.courses.lesson_url"/></xsl:with-param>
            <xsl:with-param name="type">url</xsl:with-param>
            <xsl:with-param name="value" select="@url"/>
            <xsl:with-param name="required">1</xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p class="field">
            <label for="f-file"><xsl:call-template name="msg.lesson.file"/></label>
            <input id="f-file" name="file" type="file" aria-describedby="f-file-hint"/>
            <span class="hint" id="f-file-hint">
              <xsl:if test="@file-name"><xsl:value-of select="@file-name"/> · <xsl:value-of select="format-number(@size div 1024, '#,##0.0')"/> KB · </xsl:if>
              <xsl:call-template name="msg.lesson.file_keep"/>
            </span>
          </p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="input">
        <xsl:with-param name="name">minutes</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.minutes"/></xsl:with-param>
        <xsl:with-param name="type">number</xsl:with-param>
        <xsl:with-param name="value" select="@minutes"/>
      </xsl:call-template>
      <p class="field check">
        <input id="f-optional" name="optional" type="checkbox" value="1">
          <xsl:if test="@required = 0"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <label for="f-optional"><xsl:call-template name="msg.lesson.optional"/></label>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
  </xsl:template>
</xsl:stylesheet>
