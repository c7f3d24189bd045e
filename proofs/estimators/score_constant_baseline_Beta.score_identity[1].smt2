; certjax: rule estimators.score_constant_baseline_Beta, obligation 'score_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun digamma!34 () Real)
(declare-fun digamma!35 () Real)
(declare-fun digamma!36 () Real)
(declare-fun log!16 () Real)
(declare-fun log!21 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun lgamma!24 () Real)
(declare-fun lgamma!25 () Real)
(declare-fun lgamma!28 () Real)
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
 (let ((?x96 (- b)))
 (let ((?x296 (+ f ?x96)))
 (let ((?x290 (* digamma!34 0.0)))
 (let ((?x291 (+ digamma!35 ?x290)))
 (let ((?x280 (- digamma!36)))
 (let ((?x292 (+ ?x280 ?x291)))
 (let ((?x293 (- ?x292)))
 (let ((?x278 (* log!16 0.0)))
 (let ((?x279 (+ log!21 ?x278)))
 (let ((?x294 (+ ?x279 ?x293)))
 (let ((?x231 (* (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x276 (* ?x231 exp!7)))
 (let ((?x295 (* ?x276 ?x294)))
 (let ((?x297 (* ?x295 ?x296)))
 (let ((?x99 (* f 1.0)))
 (let ((?x97 (* 1.0 ?x96)))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x111 (* log!21 ?x100)))
 (let ((?x103 (- ?x100)))
 (let ((?x109 (* digamma!35 ?x103)))
 (let ((?x102 (* digamma!36 ?x100)))
 (let ((?x110 (+ ?x102 ?x109)))
 (let ((?x112 (+ ?x110 ?x111)))
 (let ((?x277 (* ?x276 ?x112)))
 (or (and (distinct ?x277 ?x297) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!16 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!16)))
(assert
 (=> (> z 0.0) (= exp!1 z)))
(assert
 (= (< log!21 log!16) (< exp!2 exp!1)))
(assert
 (= (< log!16 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> (+ 1.0 (- z)) 0.0) (= exp!2 (+ 1.0 (- z)))))
(assert
 (=> (and (= concentration0 concentration1)) (= lgamma!25 lgamma!24)))
(assert
 (=> (and (= (+ concentration1 concentration0) concentration1)) (= lgamma!28 lgamma!24)))
(assert
 (=> (and (= (+ concentration1 concentration0) concentration0)) (= lgamma!28 lgamma!25)))
(assert
 (=> (and (= concentration0 (+ concentration1 concentration0))) (= digamma!35 digamma!36)))
(assert
 (= (< lgamma!24 log!16) (< exp!3 exp!1)))
(assert
 (= (< log!16 lgamma!24) (< exp!1 exp!3)))
(assert
 (= (< lgamma!24 log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 lgamma!24) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!24 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!24)))
(assert
 (= (< lgamma!25 log!16) (< exp!4 exp!1)))
(assert
 (= (< log!16 lgamma!25) (< exp!1 exp!4)))
(assert
 (= (< lgamma!25 log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 lgamma!25) (< exp!2 exp!4)))
(assert
 (= (< lgamma!25 lgamma!24) (< exp!4 exp!3)))
(assert
 (= (< lgamma!24 lgamma!25) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!25 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!25)))
(assert
 (= (< lgamma!28 log!16) (< exp!5 exp!1)))
(assert
 (= (< log!16 lgamma!28) (< exp!1 exp!5)))
(assert
 (= (< lgamma!28 log!21) (< exp!5 exp!2)))
(assert
 (= (< log!21 lgamma!28) (< exp!2 exp!5)))
(assert
 (= (< lgamma!28 lgamma!24) (< exp!5 exp!3)))
(assert
 (= (< lgamma!24 lgamma!28) (< exp!3 exp!5)))
(assert
 (= (< lgamma!28 lgamma!25) (< exp!5 exp!4)))
(assert
 (= (< lgamma!25 lgamma!28) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!28 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!28)))
(assert
 (= (< (* concentration1 log!16) log!16) (< exp!6 exp!1)))
(assert
 (= (< log!16 (* concentration1 log!16)) (< exp!1 exp!6)))
(assert
 (= (< (* concentration1 log!16) log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 (* concentration1 log!16)) (< exp!2 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!24) (< exp!6 exp!3)))
(assert
 (= (< lgamma!24 (* concentration1 log!16)) (< exp!3 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!25) (< exp!6 exp!4)))
(assert
 (= (< lgamma!25 (* concentration1 log!16)) (< exp!4 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!28) (< exp!6 exp!5)))
(assert
 (= (< lgamma!28 (* concentration1 log!16)) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> (* concentration1 log!16) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (* concentration1 log!16))))
(assert
 (= (< (* concentration0 log!21) log!16) (< exp!7 exp!1)))
(assert
 (= (< log!16 (* concentration0 log!21)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration0 log!21) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration0 log!21)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!24) (< exp!7 exp!3)))
(assert
 (= (< lgamma!24 (* concentration0 log!21)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!25) (< exp!7 exp!4)))
(assert
 (= (< lgamma!25 (* concentration0 log!21)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!28) (< exp!7 exp!5)))
(assert
 (= (< lgamma!28 (* concentration0 log!21)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration0 log!21) (* concentration1 log!16)) (< exp!7 exp!6)))
(assert
 (= (< (* concentration1 log!16) (* concentration0 log!21)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration0 log!21) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration0 log!21))))
(assert
 (=> (and (= concentration1 (+ concentration1 concentration0))) (= digamma!34 digamma!36)))
(assert
 (=> (and (= concentration1 concentration0)) (= digamma!34 digamma!35)))
(check-sat)
(pop 1)
