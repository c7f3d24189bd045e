; certjax: rule losses.sigmoid_cross_entropy, obligation 'vjp', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun labels () Real)
(declare-fun log!88 () Real)
(declare-fun log!83 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let ((?x74 (/ 0.0 ?x22)))
 (let ((?x75 (- ?x74)))
 (let ((?x31 (- labels)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let ((?x76 (* ?x34 ?x75)))
 (let ((?x77 (+ log!88 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let ((?x59 (/ 0.0 ?x20)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (* ?x31 ?x60)))
 (let ((?x62 (+ log!83 ?x61)))
 (let ((?x79 (+ ?x62 ?x78)))
 (let ((?x80 (* g ?x79)))
 (let ((?x46 (- g)))
 (let ((?x47 (* logits ?x46)))
 (let ((?x39 (/ ?x23 ?x22)))
 (let ((?x40 (- ?x39)))
 (let ((?x41 (* ?x34 ?x40)))
 (let ((?x42 (- ?x41)))
 (let ((?x33 (- ?x30)))
 (let ((?x36 (/ ?x33 ?x20)))
 (let ((?x32 (- ?x36)))
 (let ((?x38 (* ?x31 ?x32)))
 (let ((?x43 (+ ?x38 ?x42)))
 (let ((?x44 (* g ?x43)))
 (let ((?x13 (/ 1.0 ?x20)))
 (let ((?x35 (+ ?x31 ?x13)))
 (let ((?x11 (* g ?x35)))
 (or (and (distinct ?x11 ?x44) true) (and (distinct ?x47 ?x80) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!83 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!83)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!88 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!88)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun labels () Real)
(declare-fun log!83 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!88 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let ((?x59 (/ 0.0 ?x20)))
 (let ((?x60 (- ?x59)))
 (let ((?x31 (- labels)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let ((?x132 (* ?x34 ?x60)))
 (let ((?x176 (+ logits log!83)))
 (let ((?x125 (+ ?x176 ?x132)))
 (let ((?x127 (- ?x125)))
 (let ((?x61 (* ?x31 ?x60)))
 (let ((?x62 (+ log!83 ?x61)))
 (let ((?x135 (+ ?x62 ?x127)))
 (let ((?x186 (* g ?x135)))
 (let ((?x46 (- g)))
 (let ((?x47 (* logits ?x46)))
 (let ((?x33 (- ?x30)))
 (let ((?x36 (/ ?x33 ?x20)))
 (let ((?x100 (+ 1.0 ?x36)))
 (let ((?x172 (- ?x100)))
 (let ((?x133 (* ?x34 ?x172)))
 (let ((?x134 (- ?x133)))
 (let ((?x32 (- ?x36)))
 (let ((?x38 (* ?x31 ?x32)))
 (let ((?x123 (+ ?x38 ?x134)))
 (let ((?x114 (* g ?x123)))
 (let ((?x13 (/ 1.0 ?x20)))
 (let ((?x35 (+ ?x31 ?x13)))
 (let ((?x11 (* g ?x35)))
 (or (and (distinct ?x11 ?x114) true) (and (distinct ?x47 ?x186) true))))))))))))))))))))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!83 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!83)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!88 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!88)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun labels () Real)
(declare-fun log!88 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(declare-fun log!83 () Real)
(declare-fun exp!2 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let ((?x74 (/ 0.0 ?x22)))
 (let ((?x75 (- ?x74)))
 (let ((?x31 (- labels)))
 (let ((?x184 (* ?x31 ?x75)))
 (let ((?x6 (- logits)))
 (let ((?x146 (+ ?x6 log!88)))
 (let ((?x86 (+ ?x146 ?x184)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let ((?x76 (* ?x34 ?x75)))
 (let ((?x77 (+ log!88 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x154 (+ ?x78 ?x86)))
 (let ((?x201 (* g ?x154)))
 (let ((?x46 (- g)))
 (let ((?x47 (* logits ?x46)))
 (let ((?x39 (/ ?x23 ?x22)))
 (let ((?x89 (+ (- 1.0) ?x39)))
 (let ((?x88 (- ?x89)))
 (let ((?x185 (* ?x31 ?x88)))
 (let ((?x40 (- ?x39)))
 (let ((?x41 (* ?x34 ?x40)))
 (let ((?x42 (- ?x41)))
 (let ((?x191 (+ ?x42 ?x185)))
 (let ((?x87 (* g ?x191)))
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let ((?x13 (/ 1.0 ?x20)))
 (let ((?x35 (+ ?x31 ?x13)))
 (let ((?x11 (* g ?x35)))
 (or (and (distinct ?x11 ?x87) true) (and (distinct ?x47 ?x201) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!83 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!83)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!88 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!88)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun labels () Real)
(declare-fun log!88 () Real)
(declare-fun log!83 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let ((?x74 (/ 0.0 ?x22)))
 (let ((?x75 (- ?x74)))
 (let ((?x31 (- labels)))
 (let ((?x184 (* ?x31 ?x75)))
 (let ((?x6 (- logits)))
 (let ((?x146 (+ ?x6 log!88)))
 (let ((?x86 (+ ?x146 ?x184)))
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let ((?x59 (/ 0.0 ?x20)))
 (let ((?x60 (- ?x59)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let ((?x132 (* ?x34 ?x60)))
 (let ((?x176 (+ logits log!83)))
 (let ((?x125 (+ ?x176 ?x132)))
 (let ((?x127 (- ?x125)))
 (let ((?x197 (+ ?x127 ?x86)))
 (let ((?x130 (* g ?x197)))
 (let ((?x46 (- g)))
 (let ((?x47 (* logits ?x46)))
 (let ((?x39 (/ ?x23 ?x22)))
 (let ((?x89 (+ (- 1.0) ?x39)))
 (let ((?x88 (- ?x89)))
 (let ((?x185 (* ?x31 ?x88)))
 (let ((?x33 (- ?x30)))
 (let ((?x36 (/ ?x33 ?x20)))
 (let ((?x100 (+ 1.0 ?x36)))
 (let ((?x172 (- ?x100)))
 (let ((?x133 (* ?x34 ?x172)))
 (let ((?x134 (- ?x133)))
 (let ((?x223 (+ ?x134 ?x185)))
 (let ((?x153 (* g ?x223)))
 (let ((?x13 (/ 1.0 ?x20)))
 (let ((?x35 (+ ?x31 ?x13)))
 (let ((?x11 (* g ?x35)))
 (or (and (distinct ?x11 ?x153) true) (and (distinct ?x47 ?x130) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!83 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!83)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!88 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!88)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
