; certjax: rule estimators.score_Gamma, obligation 'score_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun digamma!26 () Real)
(declare-fun log!17 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!13 () Real)
(declare-fun lgamma!22 () Real)
(assert
 (let (($x12 (< 0.0 z)))
 (let (($x9 (< 0.0 rate)))
 (let (($x7 (< 0.0 concentration)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x12))))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x14 (* rate z)))
 (< 0.0 ?x14)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x14 (* rate z)))
 (< 0.0 ?x14)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x167 (* digamma!26 0.0)))
 (let ((?x168 (- ?x167)))
 (let ((?x164 (- z)))
 (let ((?x14 (* rate z)))
 (let ((?x160 (/ z ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x161 (* ?x27 ?x160)))
 (let ((?x159 (* log!17 0.0)))
 (let ((?x162 (+ ?x159 ?x161)))
 (let ((?x158 (/ 1.0 rate)))
 (let ((?x163 (+ ?x158 ?x162)))
 (let ((?x165 (+ ?x163 ?x164)))
 (let ((?x169 (+ ?x165 ?x168)))
 (let ((?x156 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x170 (* ?x156 ?x169)))
 (let ((?x171 (* f ?x170)))
 (let ((?x68 (* f 1.0)))
 (let ((?x66 (* 1.0 0.0)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x72 (* ?x27 ?x69)))
 (let ((?x73 (/ ?x72 ?x14)))
 (let ((?x71 (- ?x69)))
 (let ((?x74 (+ ?x71 ?x73)))
 (let ((?x75 (* z ?x74)))
 (let ((?x70 (/ ?x69 rate)))
 (let ((?x76 (+ ?x70 ?x75)))
 (let ((?x157 (* ?x156 ?x76)))
 (or (and (distinct ?x157 ?x171) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (=> $x37 (= exp!1 ?x14)))))
(assert
 (= (< log!13 log!17) (< exp!2 exp!1)))
(assert
 (= (< log!17 log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (let (($x56 (= exp!2 rate)))
 (=> (> rate 0.0) $x56)))
(assert
 (= (< lgamma!22 log!17) (< exp!3 exp!1)))
(assert
 (= (< log!17 lgamma!22) (< exp!1 exp!3)))
(assert
 (= (< lgamma!22 log!13) (< exp!3 exp!2)))
(assert
 (= (< log!13 lgamma!22) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!22 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!22)))
(assert
 (= (< (* concentration log!17) log!17) (< exp!4 exp!1)))
(assert
 (= (< log!17 (* concentration log!17)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!17) log!13) (< exp!4 exp!2)))
(assert
 (= (< log!13 (* concentration log!17)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!17) lgamma!22) (< exp!4 exp!3)))
(assert
 (= (< lgamma!22 (* concentration log!17)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!17) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!17))))
(assert
 (= (< (* rate z) log!17) (< exp!5 exp!1)))
(assert
 (= (< log!17 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!13) (< exp!5 exp!2)))
(assert
 (= (< log!13 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!22) (< exp!5 exp!3)))
(assert
 (= (< lgamma!22 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!17)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!17) (* rate z)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (= $x37 (> exp!5 1.0)))))
(assert
 (>= exp!5 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
