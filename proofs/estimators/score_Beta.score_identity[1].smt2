; certjax: rule estimators.score_Beta, obligation 'score_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun digamma!33 () Real)
(declare-fun digamma!34 () Real)
(declare-fun digamma!35 () Real)
(declare-fun log!15 () Real)
(declare-fun log!20 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun f () Real)
(declare-fun lgamma!23 () Real)
(declare-fun lgamma!24 () Real)
(declare-fun lgamma!27 () Real)
(assert
 (let (($x14 (> 1.0 z)))
 (let (($x12 (< 0.0 z)))
 (let (($x15 (and $x12 $x14)))
 (let (($x9 (< 0.0 concentration0)))
 (let (($x7 (< 0.0 concentration1)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x15))))))))
(assert
 (< 0.0 z))
(assert
 (let ((?x17 (- z)))
 (let ((?x18 (+ 1.0 ?x17)))
 (< 0.0 ?x18))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (< 0.0 z))
(assert
 (let ((?x17 (- z)))
 (let ((?x18 (+ 1.0 ?x17)))
 (< 0.0 ?x18))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x288 (* digamma!33 0.0)))
 (let ((?x289 (+ digamma!34 ?x288)))
 (let ((?x278 (- digamma!35)))
 (let ((?x290 (+ ?x278 ?x289)))
 (let ((?x291 (- ?x290)))
 (let ((?x276 (* log!15 0.0)))
 (let ((?x277 (+ log!20 ?x276)))
 (let ((?x292 (+ ?x277 ?x291)))
 (let ((?x229 (* (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x274 (* ?x229 exp!7)))
 (let ((?x293 (* ?x274 ?x292)))
 (let ((?x294 (* f ?x293)))
 (let ((?x97 (* f 1.0)))
 (let ((?x95 (* 1.0 0.0)))
 (let ((?x98 (+ ?x95 ?x97)))
 (let ((?x109 (* log!20 ?x98)))
 (let ((?x101 (- ?x98)))
 (let ((?x107 (* digamma!34 ?x101)))
 (let ((?x100 (* digamma!35 ?x98)))
 (let ((?x108 (+ ?x100 ?x107)))
 (let ((?x110 (+ ?x108 ?x109)))
 (let ((?x275 (* ?x274 ?x110)))
 (or (and (distinct ?x275 ?x294) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!15 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!15)))
(assert
 (=> (> z 0.0) (= exp!1 z)))
(assert
 (= (< log!20 log!15) (< exp!2 exp!1)))
(assert
 (= (< log!15 log!20) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!20 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!20)))
(assert
 (=> (> (+ 1.0 (- z)) 0.0) (= exp!2 (+ 1.0 (- z)))))
(assert
 (=> (and (= concentration0 concentration1)) (= lgamma!24 lgamma!23)))
(assert
 (=> (and (= (+ concentration1 concentration0) concentration1)) (= lgamma!27 lgamma!23)))
(assert
 (=> (and (= (+ concentration1 concentration0) concentration0)) (= lgamma!27 lgamma!24)))
(assert
 (=> (and (= concentration0 (+ concentration1 concentration0))) (= digamma!34 digamma!35)))
(assert
 (= (< lgamma!23 log!15) (< exp!3 exp!1)))
(assert
 (= (< log!15 lgamma!23) (< exp!1 exp!3)))
(assert
 (= (< lgamma!23 log!20) (< exp!3 exp!2)))
(assert
 (= (< log!20 lgamma!23) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!23 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!23)))
(assert
 (= (< lgamma!24 log!15) (< exp!4 exp!1)))
(assert
 (= (< log!15 lgamma!24) (< exp!1 exp!4)))
(assert
 (= (< lgamma!24 log!20) (< exp!4 exp!2)))
(assert
 (= (< log!20 lgamma!24) (< exp!2 exp!4)))
(assert
 (= (< lgamma!24 lgamma!23) (< exp!4 exp!3)))
(assert
 (= (< lgamma!23 lgamma!24) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!24 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!24)))
(assert
 (= (< lgamma!27 log!15) (< exp!5 exp!1)))
(assert
 (= (< log!15 lgamma!27) (< exp!1 exp!5)))
(assert
 (= (< lgamma!27 log!20) (< exp!5 exp!2)))
(assert
 (= (< log!20 lgamma!27) (< exp!2 exp!5)))
(assert
 (= (< lgamma!27 lgamma!23) (< exp!5 exp!3)))
(assert
 (= (< lgamma!23 lgamma!27) (< exp!3 exp!5)))
(assert
 (= (< lgamma!27 lgamma!24) (< exp!5 exp!4)))
(assert
 (= (< lgamma!24 lgamma!27) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!27 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!27)))
(assert
 (= (< (* concentration1 log!15) log!15) (< exp!6 exp!1)))
(assert
 (= (< log!15 (* concentration1 log!15)) (< exp!1 exp!6)))
(assert
 (= (< (* concentration1 log!15) log!20) (< exp!6 exp!2)))
(assert
 (= (< log!20 (* concentration1 log!15)) (< exp!2 exp!6)))
(assert
 (= (< (* concentration1 log!15) lgamma!23) (< exp!6 exp!3)))
(assert
 (= (< lgamma!23 (* concentration1 log!15)) (< exp!3 exp!6)))
(assert
 (= (< (* concentration1 log!15) lgamma!24) (< exp!6 exp!4)))
(assert
 (= (< lgamma!24 (* concentration1 log!15)) (< exp!4 exp!6)))
(assert
 (= (< (* concentration1 log!15) lgamma!27) (< exp!6 exp!5)))
(assert
 (= (< lgamma!27 (* concentration1 log!15)) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> (* concentration1 log!15) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (* concentration1 log!15))))
(assert
 (= (< (* concentration0 log!20) log!15) (< exp!7 exp!1)))
(assert
 (= (< log!15 (* concentration0 log!20)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration0 log!20) log!20) (< exp!7 exp!2)))
(assert
 (= (< log!20 (* concentration0 log!20)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration0 log!20) lgamma!23) (< exp!7 exp!3)))
(assert
 (= (< lgamma!23 (* concentration0 log!20)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration0 log!20) lgamma!24) (< exp!7 exp!4)))
(assert
 (= (< lgamma!24 (* concentration0 log!20)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration0 log!20) lgamma!27) (< exp!7 exp!5)))
(assert
 (= (< lgamma!27 (* concentration0 log!20)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration0 log!20) (* concentration1 log!15)) (< exp!7 exp!6)))
(assert
 (= (< (* concentration1 log!15) (* concentration0 log!20)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration0 log!20) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration0 log!20))))
(assert
 (=> (and (= concentration1 (+ concentration1 concentration0))) (= digamma!33 digamma!35)))
(assert
 (=> (and (= concentration1 concentration0)) (= digamma!33 digamma!34)))
(check-sat)
(pop 1)
