; certjax: rule estimators.reparam_Gamma, obligation 'value', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!10 () Real)
(declare-fun log!6 () Real)
(declare-fun lgamma!15 () Real)
(assert
 (let (($x264 (< 0.0 z)))
 (let (($x129 (< 0.0 rate)))
 (let (($x403 (< 0.0 concentration)))
 (let (($x232 (and $x403 $x129)))
 (and $x232 $x264))))))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (= 0.0 ?x127)))
(assert
 (or (and (distinct z z) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (let ((?x10 (* rate z)))
 (let (($x21 (> ?x10 0.0)))
 (=> $x21 (= exp!1 ?x10)))))
(assert
 (= (< log!6 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!6) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!6 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!6)))
(assert
 (=> (> rate 0.0) (= exp!2 rate)))
(assert
 (= (< lgamma!15 log!10) (< exp!3 exp!1)))
(assert
 (= (< log!10 lgamma!15) (< exp!1 exp!3)))
(assert
 (= (< lgamma!15 log!6) (< exp!3 exp!2)))
(assert
 (= (< log!6 lgamma!15) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!15 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!15)))
(assert
 (= (< (* concentration log!10) log!10) (< exp!4 exp!1)))
(assert
 (= (< log!10 (* concentration log!10)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!10) log!6) (< exp!4 exp!2)))
(assert
 (= (< log!6 (* concentration log!10)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!10) lgamma!15) (< exp!4 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!10)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!10) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!10))))
(assert
 (= (< (* rate z) log!10) (< exp!5 exp!1)))
(assert
 (= (< log!10 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!6) (< exp!5 exp!2)))
(assert
 (= (< log!6 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!15) (< exp!5 exp!3)))
(assert
 (= (< lgamma!15 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!10)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!10) (* rate z)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (let ((?x10 (* rate z)))
 (let (($x21 (> ?x10 0.0)))
 (= $x21 (> exp!5 1.0)))))
(assert
 (>= exp!5 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!10 () Real)
(declare-fun log!6 () Real)
(declare-fun lgamma!15 () Real)
(declare-fun log!62 () Real)
(assert
 (let (($x264 (< 0.0 z)))
 (let (($x129 (< 0.0 rate)))
 (let (($x403 (< 0.0 concentration)))
 (let (($x232 (and $x403 $x129)))
 (and $x232 $x264))))))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (< 0.0 ?x127)))
(assert
 (let ((?x443 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!5)))
 (= 0.0 ?x443)))
(assert
 (< 0.0 rate))
(assert
 (let ((?x10 (* rate z)))
 (< 0.0 ?x10)))
(assert
 (let ((?x133 (to_real (to_int concentration))))
 (let (($x136 (= ?x133 concentration)))
 (let (($x132 (>= 0.0 concentration)))
 (let (($x135 (and $x132 $x136)))
 (not $x135))))))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let (($x187 (= 0.0 ?x127)))
 (not $x187))))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x405 (/ 0.0 ?x127)))
 (let ((?x153 (- ?x405)))
 (let ((?x332 (+ z ?x153)))
 (or (and (distinct ?x332 z) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (let ((?x10 (* rate z)))
 (let (($x21 (> ?x10 0.0)))
 (=> $x21 (= exp!1 ?x10)))))
(assert
 (= (< log!6 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!6) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!6 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!6)))
(assert
 (let (($x40 (= exp!2 rate)))
 (=> (> rate 0.0) $x40)))
(assert
 (= (< lgamma!15 log!10) (< exp!3 exp!1)))
(assert
 (= (< log!10 lgamma!15) (< exp!1 exp!3)))
(assert
 (= (< lgamma!15 log!6) (< exp!3 exp!2)))
(assert
 (= (< log!6 lgamma!15) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!15 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!15)))
(assert
 (= (< (* concentration log!10) log!10) (< exp!4 exp!1)))
(assert
 (= (< log!10 (* concentration log!10)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!10) log!6) (< exp!4 exp!2)))
(assert
 (= (< log!6 (* concentration log!10)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!10) lgamma!15) (< exp!4 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!10)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!10) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!10))))
(assert
 (= (< (* rate z) log!10) (< exp!5 exp!1)))
(assert
 (= (< log!10 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!6) (< exp!5 exp!2)))
(assert
 (= (< log!6 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!15) (< exp!5 exp!3)))
(assert
 (= (< lgamma!15 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!10)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!10) (* rate z)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (let ((?x10 (* rate z)))
 (let (($x21 (> ?x10 0.0)))
 (= $x21 (> exp!5 1.0)))))
(assert
 (>= exp!5 (+ 1.0 (* rate z))))
(assert
 (= (< log!62 log!10) (< exp!6 exp!1)))
(assert
 (= (< log!10 log!62) (< exp!1 exp!6)))
(assert
 (= (< log!62 log!6) (< exp!6 exp!2)))
(assert
 (= (< log!6 log!62) (< exp!2 exp!6)))
(assert
 (= (< log!62 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!62) (< exp!3 exp!6)))
(assert
 (= (< log!62 (* concentration log!10)) (< exp!6 exp!4)))
(assert
 (= (< (* concentration log!10) log!62) (< exp!4 exp!6)))
(assert
 (= (< log!62 (* rate z)) (< exp!6 exp!5)))
(assert
 (= (< (* rate z) log!62) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!62 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!62)))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x405 (/ 0.0 ?x127)))
 (let ((?x153 (- ?x405)))
 (let ((?x332 (+ z ?x153)))
 (let ((?x260 (* rate ?x332)))
 (=> (> ?x260 0.0) (= exp!6 ?x260))))))))
(assert
 (= (< (* concentration log!62) log!10) (< exp!7 exp!1)))
(assert
 (= (< log!10 (* concentration log!62)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!62) log!6) (< exp!7 exp!2)))
(assert
 (= (< log!6 (* concentration log!62)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!62) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!62)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!62) (* concentration log!10)) (< exp!7 exp!4)))
(assert
 (= (< (* concentration log!10) (* concentration log!62)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!62) (* rate z)) (< exp!7 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!62)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!62) log!62) (< exp!7 exp!6)))
(assert
 (= (< log!62 (* concentration log!62)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!62) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!62))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun igamma!74 () Real)
(declare-fun igamma!5 () Real)
(declare-fun log!10 () Real)
(declare-fun log!6 () Real)
(declare-fun lgamma!15 () Real)
(declare-fun log!62 () Real)
(assert
 (let (($x264 (< 0.0 z)))
 (let (($x129 (< 0.0 rate)))
 (let (($x403 (< 0.0 concentration)))
 (let (($x232 (and $x403 $x129)))
 (and $x232 $x264))))))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (< 0.0 ?x127)))
(assert
 (let ((?x443 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!5)))
 (< 0.0 ?x443)))
(assert
 (< 0.0 rate))
(assert
 (let ((?x10 (* rate z)))
 (< 0.0 ?x10)))
(assert
 (let ((?x133 (to_real (to_int concentration))))
 (let (($x136 (= ?x133 concentration)))
 (let (($x132 (>= 0.0 concentration)))
 (let (($x135 (and $x132 $x136)))
 (not $x135))))))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let (($x187 (= 0.0 ?x127)))
 (not $x187))))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x405 (/ 0.0 ?x127)))
 (let ((?x153 (- ?x405)))
 (let ((?x332 (+ z ?x153)))
 (let ((?x260 (* rate ?x332)))
 (< 0.0 ?x260)))))))
(assert
 (let ((?x443 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!5)))
 (let (($x421 (= 0.0 ?x443)))
 (not $x421))))
(assert
 (let ((?x443 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!5)))
 (let ((?x633 (- igamma!5)))
 (let ((?x935 (+ ?x633 igamma!74)))
 (let ((?x940 (/ ?x935 ?x443)))
 (let ((?x1085 (- ?x940)))
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x405 (/ 0.0 ?x127)))
 (let ((?x153 (- ?x405)))
 (let ((?x332 (+ z ?x153)))
 (let ((?x1075 (+ ?x332 ?x1085)))
 (or (and (distinct ?x1075 z) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (let ((?x10 (* rate z)))
 (let (($x21 (> ?x10 0.0)))
 (=> $x21 (= exp!1 ?x10)))))
(assert
 (= (< log!6 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!6) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!6 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!6)))
(assert
 (let (($x40 (= exp!2 rate)))
 (=> (> rate 0.0) $x40)))
(assert
 (= (< lgamma!15 log!10) (< exp!3 exp!1)))
(assert
 (= (< log!10 lgamma!15) (< exp!1 exp!3)))
(assert
 (= (< lgamma!15 log!6) (< exp!3 exp!2)))
(assert
 (= (< log!6 lgamma!15) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!15 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!15)))
(assert
 (= (< (* concentration log!10) log!10) (< exp!4 exp!1)))
(assert
 (= (< log!10 (* concentration log!10)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!10) log!6) (< exp!4 exp!2)))
(assert
 (= (< log!6 (* concentration log!10)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!10) lgamma!15) (< exp!4 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!10)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!10) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!10))))
(assert
 (= (< (* rate z) log!10) (< exp!5 exp!1)))
(assert
 (= (< log!10 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!6) (< exp!5 exp!2)))
(assert
 (= (< log!6 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!15) (< exp!5 exp!3)))
(assert
 (= (< lgamma!15 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!10)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!10) (* rate z)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (let ((?x10 (* rate z)))
 (let (($x21 (> ?x10 0.0)))
 (= $x21 (> exp!5 1.0)))))
(assert
 (>= exp!5 (+ 1.0 (* rate z))))
(assert
 (= (< log!62 log!10) (< exp!6 exp!1)))
(assert
 (= (< log!10 log!62) (< exp!1 exp!6)))
(assert
 (= (< log!62 log!6) (< exp!6 exp!2)))
(assert
 (= (< log!6 log!62) (< exp!2 exp!6)))
(assert
 (= (< log!62 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!62) (< exp!3 exp!6)))
(assert
 (= (< log!62 (* concentration log!10)) (< exp!6 exp!4)))
(assert
 (= (< (* concentration log!10) log!62) (< exp!4 exp!6)))
(assert
 (= (< log!62 (* rate z)) (< exp!6 exp!5)))
(assert
 (= (< (* rate z) log!62) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!62 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!62)))
(assert
 (let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x405 (/ 0.0 ?x127)))
 (let ((?x153 (- ?x405)))
 (let ((?x332 (+ z ?x153)))
 (let ((?x260 (* rate ?x332)))
 (=> (> ?x260 0.0) (= exp!6 ?x260))))))))
(assert
 (= (< (* concentration log!62) log!10) (< exp!7 exp!1)))
(assert
 (= (< log!10 (* concentration log!62)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!62) log!6) (< exp!7 exp!2)))
(assert
 (= (< log!6 (* concentration log!62)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!62) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!62)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!62) (* concentration log!10)) (< exp!7 exp!4)))
(assert
 (= (< (* concentration log!10) (* concentration log!62)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!62) (* rate z)) (< exp!7 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!62)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!62) log!62) (< exp!7 exp!6)))
(assert
 (= (< log!62 (* concentration log!62)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!62) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!62))))
(assert
 (let (($x1090 (= igamma!74 igamma!5)))
(let ((?x10 (* rate z)))
(let ((?x127 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
(let ((?x405 (/ 0.0 ?x127)))
(let ((?x153 (- ?x405)))
(let ((?x332 (+ z ?x153)))
(let ((?x260 (* rate ?x332)))
(=> (and (= concentration concentration) (= ?x260 ?x10)) $x1090)))))))))
(check-sat)
(pop 1)
